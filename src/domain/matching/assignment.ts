/**
 * The optimal assignment of mentees to mentor slots: the shortest-augmenting-path Hungarian algorithm
 * (Jonker–Volgenant style, as in e-maxx), O(n²·m) at worst, with one column per capacity slot of a
 * mentor and one "unmatched" column per mentee. Costs are integers (exact in doubles below 2^53).
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
  const realColumns = problem.columns;
  const m = realColumns + n; // plus one unmatched column per row
  const INF = Number.POSITIVE_INFINITY;
  // Costs of the real columns, cached row by row (forbidden → +∞).
  const costs: Float64Array[] = [];
  for (let i = 0; i < n; i++) {
    const row = new Float64Array(realColumns);
    for (let j = 0; j < realColumns; j++) row[j] = problem.cost(i, j) ?? INF;
    costs.push(row);
  }
  const cost = (i: number, j: number): number => (j < realColumns ? costs[i][j] : 0);

  // 1-based arrays as in the classic formulation: p[j] = row matched to column j, way[j] = previous column.
  const u = new Float64Array(n + 1);
  const v = new Float64Array(m + 1);
  const p = new Int32Array(m + 1);
  const way = new Int32Array(m + 1);
  const minv = new Float64Array(m + 1);
  const used = new Uint8Array(m + 1);
  for (let i = 1; i <= n; i++) {
    p[0] = i;
    let j0 = 0;
    minv.fill(INF);
    used.fill(0);
    do {
      used[j0] = 1;
      const i0 = p[j0];
      let delta = INF;
      let j1 = 0;
      for (let j = 1; j <= m; j++) {
        if (used[j]) continue;
        const cur = cost(i0 - 1, j - 1) - u[i0] - v[j];
        if (cur < minv[j]) {
          minv[j] = cur;
          way[j] = j0;
        }
        if (minv[j] < delta) {
          delta = minv[j];
          j1 = j;
        }
      }
      for (let j = 0; j <= m; j++) {
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
  for (let j = 1; j <= realColumns; j++) if (p[j] !== 0) result[p[j] - 1] = j - 1;
  return result;
}
