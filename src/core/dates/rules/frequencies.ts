/** How often something happens: "daily", "weekly", "annually" are TIMEX3 sets, written as their period. */
import { bounded, lower, type DateRule } from './shared';

/** The period TIMEX3 writes for each frequency word. */
const PERIODS: Record<string, string> = {
  hourly: 'PT1H',
  daily: 'P1D',
  nightly: 'P1D',
  weekly: 'P1W',
  monthly: 'P1M',
  yearly: 'P1Y',
  annually: 'P1Y',
};

/** Words after "daily" or "weekly" that make it a newspaper: "the daily newspaper", "a weekly magazine". */
const PUBLICATION = /^\s+(?:newspapers?|papers?|tabloids?|magazines?|publications?|journals?)\b/i;
/** A newspaper's verbs: "the daily reported", "the weekly said". */
const REPORTING = /^\s+(?:said|says|reported|reports|wrote|writes|quoted|quotes|cited|published|added)\b/i;

export const FREQUENCY_RULES: DateRule[] = [
  {
    // "they gather daily", "his daily life", "published annually"; not "the party daily Pravda".
    name: 'frequency',
    pattern: bounded('hourly|daily|nightly|weekly|monthly|yearly|annually'),
    read: (m, c) => {
      const end = m.index + m[0].length;
      const after = c.text.slice(end, end + 24);
      const before = c.text.slice(Math.max(0, m.index - 6), m.index);
      // A newspaper named by its schedule: a name after it, or a determiner before it and a verb or
      // the end of the clause after it ("said the daily.").
      if (/^\s+\p{Lu}/u.test(after) || PUBLICATION.test(after)) return undefined;
      if (/\b(?:the|a)\s+$/i.test(before) && (REPORTING.test(after) || /^\s*(?:[.,;:!?]|$)/.test(after)))
        return undefined;
      return { value: PERIODS[lower(m[0])]! };
    },
  },
];
