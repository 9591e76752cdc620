/**
 * The exact optimal assignment on the allowed pairs only: successive shortest augmenting paths (the
 * Hungarian method as min-cost flow), one Dijkstra with potentials and a heap per mentee, stopped at the
 * first free place. Memory is linear in the allowed pairs; a mentor is one node whose places cost a rising penalty.
 * Speed: each mentee first sees only its best pairs; the potentials then price every other pair, and if
 * one is priced below zero the rows concerned see more pairs and the cohort is solved again — so the result is exact.
 */

/**
 * Rows (mentees) and columns (mentors) with the allowed pairs in compressed rows. Taking pair e is worth
 * `matchValue + points[e] × pointValue`; the k-th place used of column t costs `firstPenalty[t] + k`.
 * An unmatched row is worth 0. All values are integers, and the solver keeps them exact in doubles.
 */
export interface SparseProblem {
  readonly rows: number;
  readonly columns: number;
  /** rowStart[r]..rowStart[r+1]-1 are row r's pairs, best value first (the solver looks at a prefix). */
  readonly rowStart: Int32Array;
  readonly column: Int32Array;
  readonly points: Uint16Array;
  readonly matchValue: number;
  readonly pointValue: number;
  /** Free places of each column. */
  readonly places: Int32Array;
  readonly firstPenalty: Int32Array;
}

/** How many of its best pairs a row sees first; pricing adds more where the optimum needs them. */
const FIRST_CANDIDATES = 200;

/**
 * For each row its column, or -1: the assignment of the greatest total value minus penalties. Rows are
 * added one at a time; each Dijkstra runs over reduced costs (never negative) and settles nodes only
 * below the distance of the cheapest end found, so only that part of the graph is touched. Rows first see
 * a prefix of their pairs (best first); a pair outside the prefixes with a negative reduced cost would
 * improve the result, so its row's prefix grows and the cohort is solved again. With no such pair the
 * potentials prove the assignment optimal on all the pairs (no negative cycle in the residual graph).
 */
export function solveSparse(problem: SparseProblem, firstCandidates = FIRST_CANDIDATES): Int32Array {
  const { rows: n, rowStart, column, points, matchValue, pointValue } = problem;
  const seenEnd = new Int32Array(n); // row r sees pairs rowStart[r]..seenEnd[r]-1
  for (let r = 0; r < n; r++) seenEnd[r] = Math.min(rowStart[r + 1], rowStart[r] + firstCandidates);
  for (;;) {
    const { matchOf, pi } = solvePrefixes(problem, seenEnd);
    // Pricing: a pair not yet seen with a negative reduced cost would improve the result.
    let violated = false;
    for (let r = 0; r < n; r++) {
      const end = rowStart[r + 1];
      let e = seenEnd[r];
      while (e < end && -(matchValue + points[e] * pointValue) + pi[r] - pi[n + column[e]] >= 0) e++;
      if (e === end) continue;
      // Grow the prefix past the first violated pair, at least doubling it, so rounds stay few.
      seenEnd[r] = Math.min(end, Math.max(e + 1, rowStart[r] + 2 * (seenEnd[r] - rowStart[r])));
      violated = true;
    }
    if (!violated) return matchOf;
  }
}

/** The optimum when each row sees only its prefix of pairs, with the potentials that prove it. */
function solvePrefixes(problem: SparseProblem, seenEnd: Int32Array): { matchOf: Int32Array; pi: Float64Array } {
  const { rows: n, columns: m, rowStart, column, points, matchValue, pointValue, places, firstPenalty } = problem;
  const sink = n + m;
  const nodes = n + m + 1;
  const pi = new Float64Array(nodes); // potentials: reduced cost c(a,b) + pi[a] - pi[b] >= 0
  const dist = new Float64Array(nodes);
  const seen = new Int32Array(nodes); // stamp of the run that set dist
  const done = new Int32Array(nodes); // stamp of the run that settled the node
  const pred = new Int32Array(nodes);
  const predEdge = new Int32Array(m); // the pair by which a column was reached
  const matchOf = new Int32Array(n).fill(-1);
  const matchedValue = new Float64Array(n);
  // Rows in each column: a doubly linked list, so a row moves in O(1).
  const head = new Int32Array(m).fill(-1);
  const next = new Int32Array(n).fill(-1);
  const prev = new Int32Array(n).fill(-1);
  const load = new Int32Array(m);
  const heap = new MinHeap(1024);
  const settled: number[] = [];
  const value = (e: number): number => matchValue + points[e] * pointValue;
  let stamp = 0;

  const unlink = (r: number, t: number): void => {
    if (prev[r] >= 0) next[prev[r]] = next[r];
    else head[t] = next[r];
    if (next[r] >= 0) prev[next[r]] = prev[r];
    next[r] = -1;
    prev[r] = -1;
    load[t]--;
  };
  const link = (r: number, t: number): void => {
    prev[r] = -1;
    next[r] = head[t];
    if (head[t] >= 0) prev[head[t]] = r;
    head[t] = r;
    load[t]++;
  };

  const place = (i: number): void => {
    stamp++;
    // The new row's potential makes each of its edges' reduced cost non-negative.
    let start = pi[sink];
    for (let e = rowStart[i]; e < seenEnd[i]; e++) start = Math.max(start, pi[n + column[e]] + value(e));
    pi[i] = start;

    heap.clear();
    settled.length = 0;
    dist[i] = 0;
    seen[i] = stamp;
    heap.push(0, i);
    let best = Number.POSITIVE_INFINITY;
    let bestFrom = -1;
    while (heap.size > 0) {
      const dx = heap.topKey();
      const x = heap.pop();
      if (done[x] === stamp || dx > dist[x]) continue;
      if (dx >= best) break;
      done[x] = stamp;
      settled.push(x);
      if (x < n) {
        // Row x: stay unmatched, or go to an allowed column other than its own.
        const toSink = dx + pi[x] - pi[sink];
        if (toSink < best) {
          best = toSink;
          bestFrom = x;
        }
        const own = matchOf[x];
        for (let e = rowStart[x]; e < seenEnd[x]; e++) {
          const t = column[e];
          if (t === own) continue;
          const y = n + t;
          if (done[y] === stamp) continue;
          const nd = dx - value(e) + pi[x] - pi[y];
          if (nd >= best) continue;
          if (seen[y] !== stamp || nd < dist[y]) {
            seen[y] = stamp;
            dist[y] = nd;
            pred[y] = x;
            predEdge[t] = e;
            heap.push(nd, y);
          }
        }
      } else {
        // Column t: take its next free place, or let one of its rows move on.
        const t = x - n;
        if (load[t] < places[t]) {
          const toSink = dx + firstPenalty[t] + load[t] + pi[x] - pi[sink];
          if (toSink < best) {
            best = toSink;
            bestFrom = x;
          }
        }
        for (let r = head[t]; r >= 0; r = next[r]) {
          if (done[r] === stamp) continue;
          const nd = dx + matchedValue[r] + pi[x] - pi[r];
          if (nd >= best) continue;
          if (seen[r] !== stamp || nd < dist[r]) {
            seen[r] = stamp;
            dist[r] = nd;
            pred[r] = x;
            heap.push(nd, r);
          }
        }
      }
    }
    // Potentials: settled nodes move by their distance below the end's; the others stay (shifted by a constant).
    for (const x of settled) pi[x] += dist[x] - best;

    // Augment along the path back from the end.
    let enter: number; // the column a row enters next, walking back
    if (bestFrom < n) {
      const r = bestFrom;
      if (r === i) return;
      enter = matchOf[r];
      unlink(r, enter);
      matchOf[r] = -1;
    } else {
      enter = bestFrom - n;
    }
    for (;;) {
      const r = pred[n + enter];
      const left = matchOf[r];
      if (left >= 0) unlink(r, left);
      link(r, enter);
      matchOf[r] = enter;
      matchedValue[r] = value(predEdge[enter]);
      if (r === i) break;
      enter = left;
    }
  };

  for (let i = 0; i < n; i++) place(i);
  return { matchOf, pi };
}

/** A binary min-heap of (key, node) in typed arrays; stale entries are skipped by the caller. */
class MinHeap {
  private keys: Float64Array;
  private values: Int32Array;
  size = 0;

  constructor(capacity: number) {
    this.keys = new Float64Array(capacity);
    this.values = new Int32Array(capacity);
  }

  clear(): void {
    this.size = 0;
  }

  topKey(): number {
    return this.keys[0];
  }

  push(key: number, value: number): void {
    if (this.size === this.keys.length) {
      const keys = new Float64Array(this.size * 2);
      keys.set(this.keys);
      this.keys = keys;
      const values = new Int32Array(this.size * 2);
      values.set(this.values);
      this.values = values;
    }
    let i = this.size++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const pk = this.keys[parent];
      if (pk < key || (pk === key && this.values[parent] <= value)) break;
      this.keys[i] = pk;
      this.values[i] = this.values[parent];
      i = parent;
    }
    this.keys[i] = key;
    this.values[i] = value;
  }

  pop(): number {
    const top = this.values[0];
    const last = --this.size;
    if (last > 0) {
      const key = this.keys[last];
      const value = this.values[last];
      let i = 0;
      for (;;) {
        let child = 2 * i + 1;
        if (child >= last) break;
        const right = child + 1;
        if (right < last && (this.keys[right] < this.keys[child] || (this.keys[right] === this.keys[child] && this.values[right] < this.values[child]))) child = right;
        if (this.keys[child] > key || (this.keys[child] === key && this.values[child] >= value)) break;
        this.keys[i] = this.keys[child];
        this.values[i] = this.values[child];
        i = child;
      }
      this.keys[i] = key;
      this.values[i] = value;
    }
    return top;
  }
}
