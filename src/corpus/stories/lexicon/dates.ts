/**
 * Calendar words story features read as dates, not as names or content words: month names and their
 * abbreviations (→ month number), and clock and time-zone words that are capitalised but name nothing. Lower case.
 * Month and weekday names come from the shared calendar lexicon.
 */
import {
  MONTHS as CALENDAR_MONTHS,
  WEEKDAYS as CALENDAR_WEEKDAYS,
  MONTH_ABBREVIATIONS,
} from '../../../nlp/lexicon/calendar.js';

export const MONTHS: ReadonlyMap<string, number> = new Map([
  ...CALENDAR_MONTHS.map((m, k) => [m, k + 1] as const),
  // "sept." → 9: an abbreviation is the start of its month's name. "may" is only read beside a number (the reader).
  ...MONTH_ABBREVIATIONS.map(
    (a) => [a.slice(0, -1), CALENDAR_MONTHS.findIndex((m) => m.startsWith(a.slice(0, 3))) + 1] as const,
  ),
]);

/** Clock, time-zone and weekday abbreviations: capitalised in datelines ("10:55 PM PDT"), never a story's name. */
export const TIME_WORDS: ReadonlySet<string> = new Set(
  'am pm a.m p.m gmt utc bst cet cest est edt cst cdt mst mdt pst pdt ist jst aest hkt sgt mon tue tues wed thu thur thurs fri'.split(
    ' ',
  ),
);

/** Weekday names (→ ISO number, Monday 1): the day of the event, told in the lede. */
export const WEEKDAYS: ReadonlyMap<string, number> = new Map(CALENDAR_WEEKDAYS.map((d, k) => [d, k + 1]));
