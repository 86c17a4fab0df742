/**
 * The dates a snippet or template writes, by role, so that none lies in the past. Text the
 * extension inserts itself is written with real dates from the caller's clock; the snippets
 * shipped as files (`snippets/`, the schema's `defaultSnippets`) cannot compute, so they use the
 * editor's snippet variables, which the editor fills with today's date when the snippet is used.
 */
export interface SnippetDates {
  /** The day the text is written: a strategy's start, a poll or a competitor check. */
  readonly today: string;
  /** About a month ahead: the next review, a planned post. */
  readonly soon: string;
  /** About half a year ahead: a strategy's end, a goal's deadline. */
  readonly horizon: string;
}

/**
 * Snippet text that the editor fills in (`$CURRENT_YEAR` …). Snippet variables cannot add months,
 * so the far dates fall at the end of the current year.
 */
export const VARIABLE_DATES: SnippetDates = {
  today: '$CURRENT_YEAR-$CURRENT_MONTH-$CURRENT_DATE',
  soon: '$CURRENT_YEAR-$CURRENT_MONTH-$CURRENT_DATE',
  horizon: '$CURRENT_YEAR-12-31',
};

/**
 * Real dates counted from `today` (its calendar day in the local time zone).
 * @example liveDates(new Date(2026, 11, 6)) // { today: '2026-12-06', soon: '2027-01-06', horizon: '2027-06-06' }
 */
export function liveDates(today: Date): SnippetDates {
  return { today: isoDate(today), soon: isoDate(addMonths(today, 1)), horizon: isoDate(addMonths(today, 6)) };
}

/** `YYYY-MM-DD` of the local calendar day. */
export function isoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${String(date.getFullYear()).padStart(4, '0')}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The same day `months` later, or the month's last day when it is shorter (31 Aug + 6 → 28 Feb). */
function addMonths(date: Date, months: number): Date {
  const target = new Date(date.getFullYear(), date.getMonth() + months, 1);
  const last = new Date(target.getFullYear(), target.getMonth() + 1, 0).getDate();
  target.setDate(Math.min(date.getDate(), last));
  return target;
}
