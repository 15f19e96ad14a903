/** TIMEX3 reference values: "now" (PRESENT_REF), "recently" (PAST_REF), "in the future" (FUTURE_REF). */
import { NUMBER_SOURCE } from '../lexicon';
import { bounded, lower, type DateRule } from './shared';

export const REFERENCE_RULES: DateRule[] = [
  {
    // TIMEX3 reference values.
    name: 'present-ref',
    pattern: bounded(
      'now|currently|at\\s+present|presently|nowadays|these\\s+days|at\\s+the\\s+moment|current(?=\\s+[a-z])',
    ),
    read: (m, c) => {
      const after = c.text.slice(m.index + m[0].length, m.index + m[0].length + 3);
      if (lower(m[0]) === 'now' && /^-/.test(after)) return undefined; // "now-defunct"
      return { value: 'PRESENT_REF', direction: 'present' };
    },
  },
  {
    name: 'past-ref',
    pattern: bounded(
      `recently|in\\s+the\\s+past(?!\\s+(?:${NUMBER_SOURCE}|several|few|couple)\\b|\\s+(?:days?|weeks?|months?|years?|decades?)\\b)|previously|formerly|in\\s+recent\\s+(?:years|times)|lately`,
    ),
    read: (m) => ({
      value: 'PAST_REF',
      direction: 'past',
      ...(lower(m[0]).startsWith('in ') ? { trim: { start: 3, end: m[0].length } } : {}),
    }),
  },
  {
    name: 'coming-ref',
    // "in the coming weeks", "in recent months": vague, but clearly ahead or behind.
    pattern: bounded(
      '(?:the\\s+)?(coming|next\\s+few|recent|past\\s+few)\\s+(?:days|weeks|months|years|decades)',
    ),
    read: (m) =>
      /coming|next/i.test(m[1]!)
        ? { value: 'FUTURE_REF', direction: 'future' }
        : { value: 'PAST_REF', direction: 'past' },
  },
  {
    name: 'future-ref',
    pattern: bounded('(?:the\\s+)?(?:near\\s+|distant\\s+|foreseeable\\s+)?future(?!s)'),
    read: () => ({ value: 'FUTURE_REF', direction: 'future' }),
  },
];
