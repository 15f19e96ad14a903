/**
 * First-order Viterbi decoding over per-token tag scores and tag-to-tag transition scores.
 */

/**
 * Finds the best-scoring tag sequence.
 * @param emissions `n × T` scores, token-major (`emissions[i * T + t]`).
 * @param transitions `(T + 1) × T` scores: row 0 is the start of the sentence, row `p + 1` follows tag `p`.
 *   A transition of `-Infinity` is forbidden.
 * @returns tag indices, one per token (an empty array for an empty sentence).
 */
export function viterbi(
  emissions: Float32Array | Float64Array,
  n: number,
  T: number,
  transitions: Float32Array | Float64Array,
): Int32Array {
  const path = new Int32Array(n);
  if (n === 0) return path;
  const score = new Float64Array(n * T);
  const back = new Int32Array(n * T);
  for (let t = 0; t < T; t++) score[t] = (transitions[t] as number) + (emissions[t] as number);
  for (let i = 1; i < n; i++) {
    const row = i * T;
    const prevRow = row - T;
    for (let t = 0; t < T; t++) {
      let best = -Infinity;
      let arg = 0;
      for (let p = 0; p < T; p++) {
        const s = (score[prevRow + p] as number) + (transitions[(p + 1) * T + t] as number);
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      score[row + t] = best + (emissions[row + t] as number);
      back[row + t] = arg;
    }
  }
  let best = -Infinity;
  let arg = 0;
  const last = (n - 1) * T;
  for (let t = 0; t < T; t++) {
    if ((score[last + t] as number) > best) {
      best = score[last + t] as number;
      arg = t;
    }
  }
  path[n - 1] = arg;
  for (let i = n - 1; i > 0; i--) {
    arg = back[i * T + arg] as number;
    path[i - 1] = arg;
  }
  return path;
}
