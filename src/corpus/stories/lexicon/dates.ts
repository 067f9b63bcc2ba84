/**
 * Calendar words story features read as dates, not as names or content words: month names and their
 * abbreviations (→ month number), and clock and time-zone words that are capitalised but name nothing. Lower case.
 */
export const MONTHS: ReadonlyMap<string, number> = new Map(
  (
    [
      ['january', 1],
      ['jan', 1],
      ['february', 2],
      ['feb', 2],
      ['march', 3],
      ['mar', 3],
      ['april', 4],
      ['apr', 4],
      // "may" only when capitalised (checked by the reader); never abbreviated.
      ['may', 5],
      ['june', 6],
      ['jun', 6],
      ['july', 7],
      ['jul', 7],
      ['august', 8],
      ['aug', 8],
      ['september', 9],
      ['sep', 9],
      ['sept', 9],
      ['october', 10],
      ['oct', 10],
      ['november', 11],
      ['nov', 11],
      ['december', 12],
      ['dec', 12],
    ] as const
  ).map(([k, v]) => [k, v]),
);

/** Clock, time-zone and weekday abbreviations: capitalised in datelines ("10:55 PM PDT"), never a story's name. */
export const TIME_WORDS: ReadonlySet<string> = new Set(
  'am pm a.m p.m gmt utc bst cet cest est edt cst cdt mst mdt pst pdt ist jst aest hkt sgt mon tue tues wed thu thur thurs fri'.split(
    ' ',
  ),
);

/** Weekday names (→ ISO number, Monday 1): the day of the event, told in the lede. */
export const WEEKDAYS: ReadonlyMap<string, number> = new Map(
  ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'].map((d, k) => [d, k + 1]),
);
