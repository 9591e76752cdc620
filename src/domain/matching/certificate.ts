/**
 * The bound next to the result: the most mentees any assignment could match under the rules (a maximum
 * flow on the allowed pairs and the free places), and for those it must leave out, the binding reason —
 * a group of mentees whose only possible mentors have fewer places than they are (Hall's condition).
 */

/** Allowed pairs in compressed rows, as the solver gets them, with each column's free places. */
export interface FlowProblem {
  readonly rows: number;
  readonly columns: number;
  readonly rowStart: Int32Array;
  readonly column: Int32Array;
  readonly places: Int32Array;
}

/** Mentees (rows) who only these mentors (columns) may take, with fewer places than there are mentees. */
export interface TightGroup {
  /** Every row of the group: matched or not, none has an allowed mentor outside `columns`. */
  readonly rows: readonly number[];
  readonly columns: readonly number[];
  /** Σ free places of `columns`: the most of `rows` who can be matched. */
  readonly places: number;
}

export interface FlowBound {
  /** The maximum number of rows matched at once. */
  readonly maximum: number;
  /** One group per part of the graph where rows must stay unmatched (rows with no allowed pair apart). */
  readonly groups: readonly TightGroup[];
}

/**
 * A maximum b-matching by augmenting paths (breadth first) after a greedy start. A search that fails
 * marks what it reached as dead for good: that part's mentors are full with rows that cannot move, and no
 * later augmentation can change it, so each dead node is searched once.
 */
export function maximumMatching(problem: FlowProblem): FlowBound {
  const { rows: n, columns: m, rowStart, column, places } = problem;
  const matchOf = new Int32Array(n).fill(-1);
  const load = new Int32Array(m);
  const members: number[][] = Array.from({ length: m }, () => []);
  for (let r = 0; r < n; r++) {
    for (let e = rowStart[r]; e < rowStart[r + 1]; e++) {
      const t = column[e];
      if (load[t] < places[t]) {
        matchOf[r] = t;
        load[t]++;
        members[t].push(r);
        break;
      }
    }
  }
  const deadRow = new Uint8Array(n);
  const mark = new Int32Array(n); // stamp of the search that reached a row
  const markCol = new Int32Array(m);
  const fromCol = new Int32Array(n); // the column a row was reached through
  const fromRow = new Int32Array(m); // the row a column was reached from
  let stamp = 0;
  const queue: number[] = [];
  for (let start = 0; start < n; start++) {
    if (matchOf[start] >= 0 || rowStart[start] === rowStart[start + 1]) continue;
    stamp++;
    queue.length = 0;
    queue.push(start);
    mark[start] = stamp;
    fromCol[start] = -1;
    let found = -1;
    for (let q = 0; q < queue.length && found < 0; q++) {
      const r = queue[q];
      for (let e = rowStart[r]; e < rowStart[r + 1]; e++) {
        const t = column[e];
        if (markCol[t] === stamp || t === matchOf[r]) continue;
        markCol[t] = stamp;
        fromRow[t] = r;
        if (load[t] < places[t]) {
          found = t;
          break;
        }
        for (const r2 of members[t]) {
          if (mark[r2] === stamp || deadRow[r2]) continue;
          mark[r2] = stamp;
          fromCol[r2] = t;
          queue.push(r2);
        }
      }
    }
    if (found < 0) {
      for (const r of queue) deadRow[r] = 1;
      continue;
    }
    // Augment: walking back, each row moves into the column it reached.
    let t = found;
    load[t]++;
    for (;;) {
      const r = fromRow[t];
      const left = matchOf[r];
      members[t].push(r);
      matchOf[r] = t;
      if (left < 0) break;
      const list = members[left];
      list.splice(list.indexOf(r), 1);
      t = left;
    }
  }
  let maximum = 0;
  for (let r = 0; r < n; r++) if (matchOf[r] >= 0) maximum++;
  return { maximum, groups: tightGroups(problem, matchOf, members) };
}

/**
 * The rows reachable from an unmatched row by alternating paths (an allowed pair, then a row already in
 * that column), split into connected parts. In a maximum matching every column reached is full, and its
 * rows are reached too, so each part is a Hall violator: more rows than the places of all their columns.
 */
function tightGroups(problem: FlowProblem, matchOf: Int32Array, members: readonly number[][]): TightGroup[] {
  const { rows: n, columns: m, rowStart, column, places } = problem;
  const parent = Int32Array.from({ length: n + m }, (_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
    return x;
  };
  const reachedRow = new Uint8Array(n);
  const reachedCol = new Uint8Array(m);
  const queue: number[] = [];
  for (let r = 0; r < n; r++) {
    if (matchOf[r] < 0 && rowStart[r] < rowStart[r + 1]) {
      reachedRow[r] = 1;
      queue.push(r);
    }
  }
  for (let q = 0; q < queue.length; q++) {
    const r = queue[q];
    for (let e = rowStart[r]; e < rowStart[r + 1]; e++) {
      const t = column[e];
      parent[find(r)] = find(n + t);
      if (reachedCol[t]) continue;
      reachedCol[t] = 1;
      for (const r2 of members[t]) {
        if (!reachedRow[r2]) {
          reachedRow[r2] = 1;
          queue.push(r2);
        }
      }
    }
  }
  const byRoot = new Map<number, { rows: number[]; columns: number[]; places: number }>();
  const groupOf = (x: number) => {
    const root = find(x);
    let g = byRoot.get(root);
    if (!g) {
      g = { rows: [], columns: [], places: 0 };
      byRoot.set(root, g);
    }
    return g;
  };
  for (let r = 0; r < n; r++) if (reachedRow[r]) groupOf(r).rows.push(r);
  for (let t = 0; t < m; t++) {
    if (!reachedCol[t]) continue;
    const g = groupOf(n + t);
    g.columns.push(t);
    g.places += places[t];
  }
  return [...byRoot.values()].filter((g) => g.rows.length > g.places);
}
