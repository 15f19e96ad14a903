/** Longer periods: quarters and halves, seasons, years, decades and centuries. */
import { formatYear } from '../calendar';
import { CENTURY_ORDINALS, ORDINALS, SEASON_SOURCE, SEASONS } from '../lexicon';
import { resolveSeason } from '../resolve';
import {
  bounded,
  lower,
  year,
  quarterOf,
  COUNT_NOUNS,
  STREET,
  relationOf,
  plausibleYear,
  type DateRule,
} from './shared';

export const PERIOD_RULES: DateRule[] = [
  {
    // "the latest quarter", "the just-ended quarter": the last completed one.
    name: 'latest-quarter',
    pattern: bounded(
      'the\\s+(?:latest|most\\s+recent|just[\\s-]ended|recent|past|previous|prior)\\s+(?:fiscal\\s+)?quarter',
    ),
    read: (_m, c) => {
      const index = c.dct.year * 4 + quarterOf(c.dct) - 2;
      return {
        value: `${formatYear(Math.floor(index / 4))}-Q${(index % 4) + 1}`,
        granularity: 'quarter',
        direction: 'past',
      };
    },
  },
  {
    // "the 1990s", "the early 1980s", "mid-1990s", "the '60s"
    name: 'decade',
    pattern: bounded(`(?:the\\s+)?(?:(?:early|mid|late)[\\s-]+)?(?:(\\d{3})0|'(\\d)0)(?:'s|’s|s)`),
    read: (m, c) => {
      // "the 1900s", "the late 1800s": a whole century (TIMEX3 `19`, `18`), not its first decade.
      if (m[1]?.endsWith('0') && Number(m[1]) < 200)
        return { value: m[1].slice(0, 2), granularity: 'century', direction: 'past' };
      if (m[1]) return { value: `${m[1]}X`, granularity: 'decade', direction: 'past' };
      const digit = Number(m[2]);
      const centuryStart = Math.floor(c.dct.year / 100) * 10;
      const decade = centuryStart + digit;
      // "the '90s" in a 2018 story means the 1990s.
      return {
        value: `${decade * 10 > c.dct.year ? decade - 10 : decade}X`,
        granularity: 'decade',
        direction: 'past',
      };
    },
  },
  {
    // "the sixties", "the early nineties": a decade in words, always of a past century in news.
    name: 'decade-words',
    pattern: bounded(
      'the\\s+(?:(?:early|mid|late)[\\s-]+)?(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)',
    ),
    read: (m, c) => {
      const tens =
        [
          'twenties',
          'thirties',
          'forties',
          'fifties',
          'sixties',
          'seventies',
          'eighties',
          'nineties',
        ].indexOf(lower(m[1])) + 2;
      const century = Math.floor(c.dct.year / 100) * 10;
      const decade = century + tens <= Math.floor(c.dct.year / 10) ? century + tens : century - 10 + tens;
      return { value: String(decade), granularity: 'decade' };
    },
  },
  {
    // "the 20th century", "the nineteenth century"
    name: 'century',
    pattern: bounded(
      `(?:the\\s+)?(?:(?:early|mid|late)[\\s-]+)?(\\d{1,2})(?:st|nd|rd|th)[\\s-]+century|(?:the\\s+)?(\\w+(?:-first)?)[\\s-]+century`,
    ),
    read: (m) => {
      const n = m[1] ? Number(m[1]) : CENTURY_ORDINALS[lower(m[2])];
      if (!n) return undefined;
      return { value: String(n - 1).padStart(2, '0'), granularity: 'century' };
    },
  },
  {
    // "the third quarter of 1999", "the fiscal fourth quarter", "Q3 1999", "the first half of 2012"
    name: 'quarter',
    pattern: bounded(
      '(?:the\\s+)?(first|second|third|fourth|1st|2nd|3rd|4th|final|last)[\\s-]+(?:fiscal[\\s-]+|financial[\\s-]+)?(quarter|half)(?:\\s+of\\s+(?:(?:fiscal|the\\s+(?:fiscal|financial)\\s+)?(?:year\\s+)?(\\d{4})|(this|last|next|the)\\s+year))?|(\\d{4})\\s+(first|second|third|fourth)[\\s-]+(quarter|half)|\\bQ([1-4])\\s*(\\d{4})?',
    ),
    read: (m, c) => {
      const ordinal = lower(m[1] ?? m[6]);
      const unit = lower(m[2] ?? m[7] ?? 'quarter');
      const n = m[8]
        ? Number(m[8])
        : unit === 'half'
          ? ordinal === 'first' || ordinal === '1st'
            ? 1
            : 2
          : ORDINALS[ordinal];
      if (!n) return undefined;
      const explicitYear = m[3] ?? m[5] ?? m[9];
      if (unit === 'half' && !explicitYear && !m[4]) return undefined; // "the second half" of a match
      let y: number;
      if (explicitYear) y = Number(explicitYear);
      else if (m[4] && lower(m[4]) !== 'the')
        y = c.dct.year + (lower(m[4]) === 'last' ? -1 : lower(m[4]) === 'next' ? 1 : 0);
      else {
        // Results are reported after the quarter: a quarter later than the current one is last year's,
        // unless the sentence looks ahead.
        const current = unit === 'half' ? (c.dct.month <= 6 ? 1 : 2) : quarterOf(c.dct);
        const future = c.directionOf(m.index, m.index + m[0].length) === 'future';
        y = n > current && !future ? c.dct.year - 1 : c.dct.year;
      }
      return {
        value: `${formatYear(y)}-${unit === 'half' ? 'H' : 'Q'}${n}`,
        granularity: unit === 'half' ? 'year' : 'quarter',
      };
    },
  },
  {
    // "last fall", "this summer", "the spring of 2012", "summer 2012", "the 2012 summer"
    name: 'season',
    pattern: bounded(
      `(?:(last|next|this|past|coming|early|late|the|in|during|by|until|since|mid)[\\s-]+)?(${SEASON_SOURCE})(?:\\s+(?:of\\s+)?(\\d{4})(?!\\d))?|(\\d{4})\\s+(${SEASON_SOURCE})`,
    ),
    read: (m, c) => {
      const code = SEASONS[lower(m[2] ?? m[5])]!;
      const explicitYear = m[3] ?? m[4];
      if (explicitYear) {
        const y = Number(explicitYear);
        return plausibleYear(y) ? { value: `${formatYear(y)}-${code}`, granularity: 'season' } : undefined;
      }
      const modifier = lower(m[1]);
      if (!modifier) return undefined; // "fall" and "spring" alone are verbs and nouns more often than seasons
      const relation = relationOf(modifier);
      const value = resolveSeason(c.dct, code, relation, c.directionOf(m.index, m.index + m[0].length));
      // Trim prepositions off the span: "in the spring" is the season "the spring".
      const trimmed = ['in', 'during', 'by', 'until', 'since'].includes(modifier);
      return {
        value,
        granularity: 'season',
        ...(trimmed ? { trim: { start: m[0].length - m[2]!.length, end: m[0].length } } : {}),
      };
    },
  },
  {
    // "in 2010", "since 1998", "fiscal 1999", a bare year in a sentence.
    name: 'year',
    pattern: new RegExp(
      `(?<![\\w’'$£€#/-]|\\d[.,])(?:(?:pre|post|mid)-)?(?:(fiscal|FY)\\s*(?:year\\s+)?)?(\\d{4})(?![\\w’/-]|[.,]\\d)`,
      'gi',
    ),
    read: (m, c) => {
      const y = Number(m[2]);
      if (y < 1000 || y > Math.max(2099, c.dct.year + 50)) return undefined;
      const before = c.text.slice(Math.max(0, m.index - 2), m.index);
      const after = c.text.slice(m.index + m[0].length, m.index + m[0].length + 24);
      if (/[$£€#]\s*$/.test(before) || COUNT_NOUNS.test(after)) return undefined;
      // "a resolution of 1800 x 1920", "1119 Elm Street": dimensions and house numbers, not years.
      if (/[x×]\s*$/i.test(c.text.slice(Math.max(0, m.index - 3), m.index)) || /^\s*[x×]\s*\d/i.test(after))
        return undefined;
      if (STREET.test(after)) return undefined;
      // Years far from the DCT need a cue word, otherwise "1500" is likely a count.
      const cue =
        /\b(?:in|since|of|from|until|till|by|to|before|after|during|early|late|mid|the|and|or|between|through|spring|summer|fall|autumn|winter|year|fiscal|-)\s*$/i.test(
          c.text.slice(Math.max(0, m.index - 10), m.index),
        );
      if (!cue && (y < 1900 || y > c.dct.year + 10)) return undefined;
      return year(y);
    },
  },
];
