/**
 * conlleval-style scoring: a predicted name counts only if its span and type match exactly.
 */
import { tagsToSpans } from '../../src/core/ner/model/tags';

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
export type Scores = Map<string, Counts>;

/** Adds one sentence's exact-span matches, per type and under `ALL`. */
export function score(scores: Scores, gold: readonly string[], predicted: readonly string[]): void {
  const key = (s: { start: number; end: number; type: string }): string => `${s.start}:${s.end}:${s.type}`;
  const g = new Set(tagsToSpans(gold).map(key));
  const p = new Set(tagsToSpans(predicted).map(key));
  const bump = (type: string, field: keyof Counts): void => {
    for (const t of [type, 'ALL']) {
      const c = scores.get(t) ?? { tp: 0, fp: 0, fn: 0 };
      c[field]++;
      scores.set(t, c);
    }
  };
  for (const k of p) bump(k.split(':')[2] as string, g.has(k) ? 'tp' : 'fp');
  for (const k of g) if (!p.has(k)) bump(k.split(':')[2] as string, 'fn');
}

export function prf(c: Counts): { p: number; r: number; f: number } {
  const p = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
  const r = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}

/** Micro-averaged counts over some types (e.g. PER/ORG/LOC without MISC). */
export function combine(scores: Scores, types: readonly string[]): Counts {
  const out = { tp: 0, fp: 0, fn: 0 };
  for (const t of types) {
    const c = scores.get(t);
    if (c) {
      out.tp += c.tp;
      out.fp += c.fp;
      out.fn += c.fn;
    }
  }
  return out;
}

/** A small table: type, precision, recall, F1, support. */
export function formatScores(title: string, scores: Scores): string {
  const pct = (x: number): string => (100 * x).toFixed(2).padStart(6);
  const rows = [`${title}`, `  type        P       R      F1   gold`];
  const line = (name: string, c: Counts): void => {
    const { p, r, f } = prf(c);
    rows.push(`  ${name.padEnd(8)} ${pct(p)}  ${pct(r)}  ${pct(f)}  ${String(c.tp + c.fn).padStart(5)}`);
  };
  for (const t of ['PER', 'ORG', 'LOC', 'MISC']) {
    const c = scores.get(t);
    if (c) line(t, c);
  }
  line('PER+ORG+LOC', combine(scores, ['PER', 'ORG', 'LOC']));
  line('ALL', scores.get('ALL') ?? { tp: 0, fp: 0, fn: 0 });
  return rows.join('\n');
}
