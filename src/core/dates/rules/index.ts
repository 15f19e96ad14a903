/**
 * The date expressions news text uses that chrono-node misses or resolves the wrong way, as regex
 * rules. Each rule reads one match and returns its TIMEX3 value, or nothing when the match turns out
 * not to be a date ("May" the verb, "1500 people"). Rules earlier in the list win ties.
 */
import { CALENDAR_DATE_RULES } from './calendar-dates';
import { DAY_AND_WEEK_RULES } from './days-and-weeks';
import { FREQUENCY_RULES } from './frequencies';
import { PERIOD_RULES } from './periods';
import { REFERENCE_RULES } from './references';
import type { DateRule } from './shared';

export type { DateRule, RuleContext, RuleResult } from './shared';

export const RULES: DateRule[] = [
  ...CALENDAR_DATE_RULES,
  ...DAY_AND_WEEK_RULES,
  ...PERIOD_RULES,
  ...REFERENCE_RULES,
  ...FREQUENCY_RULES,
];
