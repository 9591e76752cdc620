/**
 * The dense solver used before issue 14, kept as the reference the bench and the tests compare the sparse
 * one (sparseAssignment.ts) with. The optimal assignment of mentees to mentor slots: the shortest-augmenting-path Hungarian algorithm
 * (Jonker–Volgenant style, as in e-maxx), with one column per capacity slot of a mentor and one
 * "unmatched" column per mentee. Costs are integers (exact in doubles below 2^53).
 *
 * A mentee's unmatched column is reachable from that mentee only, so each step scans the real columns
 * and only the unmatched columns of the rows already reached in this augmentation: the others still have
 * an infinite reduced cost and would change nothing.
 */

/** Cost of row i in column j, or null when forbidden. Unmatched columns are added by the solver. */
export type CostFn = (row: number, column: number) => number | null;

export interface AssignmentProblem {
  readonly rows: number;
  readonly columns: number;
  readonly cost: CostFn;
}

/**
 * For each row, its column, or -1 when it stays unmatched. Minimises the total cost, an unmatched row
 * costing 0: so only negative-cost pairs are ever worth taking.
 */
export function solveAssignment(problem: AssignmentProblem): number[] {
  const n = problem.rows;
  const real = problem.columns;
  const m = real + n; // column real + r (1-based: real + r) is row r's unmatched column
  const INF = Number.POSITIVE_INFINITY;
  const costs: Float64Array[] = [];
  for (let i = 0; i < n; i++) {
    const row = new Float64Array(real);
    for (let j = 0; j < real; j++) row[j] = problem.cost(i, j) ?? INF;
    costs.push(row);
  }

  // 1-based arrays as in the classic formulation: p[j] = row in column j, way[j] = previous column.
  const u = new Float64Array(n + 1);
  const v = new Float64Array(m + 1);
  const p = new Int32Array(m + 1);
  const way = new Int32Array(m + 1);
  const minv = new Float64Array(m + 1);
  const used = new Uint8Array(m + 1);
  const touched: number[] = []; // unmatched columns reachable in this augmentation
  for (let i = 1; i <= n; i++) {
    p[0] = i;
    let j0 = 0;
    minv.fill(INF, 0, real + 1);
    used.fill(0, 0, real + 1);
    for (const d of touched) {
      minv[d] = INF;
      used[d] = 0;
    }
    touched.length = 0;
    do {
      used[j0] = 1;
      const i0 = p[j0];
      const rowCosts = costs[i0 - 1];
      const ui = u[i0];
      const own = real + i0;
      if (!touched.includes(own)) {
        touched.push(own);
        minv[own] = INF;
        used[own] = 0;
      }
      let delta = INF;
      let j1 = 0;
      for (let j = 1; j <= real; j++) {
        if (used[j]) continue;
        const cur = rowCosts[j - 1] - ui - v[j];
        if (cur < minv[j]) {
          minv[j] = cur;
          way[j] = j0;
        }
        if (minv[j] < delta) {
          delta = minv[j];
          j1 = j;
        }
      }
      for (const j of touched) {
        if (used[j]) continue;
        if (j === own) {
          const cur = 0 - ui - v[j];
          if (cur < minv[j]) {
            minv[j] = cur;
            way[j] = j0;
          }
        }
        if (minv[j] < delta) {
          delta = minv[j];
          j1 = j;
        }
      }
      for (let j = 0; j <= real; j++) {
        if (used[j]) {
          u[p[j]] += delta;
          v[j] -= delta;
        } else {
          minv[j] -= delta;
        }
      }
      for (const j of touched) {
        if (used[j]) {
          u[p[j]] += delta;
          v[j] -= delta;
        } else {
          minv[j] -= delta;
        }
      }
      j0 = j1;
    } while (p[j0] !== 0);
    do {
      const j1 = way[j0];
      p[j0] = p[j1];
      j0 = j1;
    } while (j0 !== 0);
  }
  const result = new Array<number>(n).fill(-1);
  for (let j = 1; j <= real; j++) if (p[j] !== 0) result[p[j] - 1] = j - 1;
  return result;
}
