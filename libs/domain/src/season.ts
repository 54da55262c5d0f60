import { TZDate } from '@date-fns/tz';
import { TIME_ZONE } from './locale.js';

/** How a season's meeting dates are chosen. Weekdays are ISO: 1 = Monday … 7 = Sunday. */
export type SeasonRule =
  | { type: 'EVERY_N_WEEKS'; weekday: number; interval: number }
  | { type: 'NTH_WEEKDAY_OF_MONTH'; weekday: number; nth: number }
  | { type: 'DATES'; dates: string[] };

export interface SeasonRange {
  /** First and last day, YYYY-MM-DD, inclusive. */
  from: string;
  to: string;
}

export interface ProposedDate {
  date: string;
  /** Set when the date was left out, e.g. the name of the public holiday. */
  skippedBecause?: string;
}

/** A season may not run longer than this. */
export const SEASON_MAX_DAYS = 400;

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function isoWeekday(date: string): number {
  const day = new Date(`${date}T12:00:00Z`).getUTCDay();
  return day === 0 ? 7 : day;
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T12:00:00Z`) - Date.parse(`${from}T12:00:00Z`)) / 86_400_000);
}

/** The dates a rule gives within the range, before holidays are considered. */
export function ruleDates(rule: SeasonRule, range: SeasonRange): string[] {
  const inRange = (d: string) => d >= range.from && d <= range.to;
  if (rule.type === 'DATES') return [...new Set(rule.dates)].filter(inRange).sort();
  const dates: string[] = [];
  if (rule.type === 'EVERY_N_WEEKS') {
    let date = addDays(range.from, (rule.weekday - isoWeekday(range.from) + 7) % 7);
    for (; date <= range.to; date = addDays(date, 7 * rule.interval)) dates.push(date);
    return dates;
  }
  // NTH_WEEKDAY_OF_MONTH: the nth (1–5, or -1 for the last) given weekday of every month.
  let month = `${range.from.slice(0, 7)}-01`;
  while (month <= range.to) {
    const first = addDays(month, (rule.weekday - isoWeekday(month) + 7) % 7);
    const candidates = [0, 1, 2, 3, 4]
      .map((w) => addDays(first, 7 * w))
      .filter((d) => d.slice(0, 7) === month.slice(0, 7));
    const date = rule.nth === -1 ? candidates[candidates.length - 1] : candidates[rule.nth - 1];
    if (date && inRange(date)) dates.push(date);
    const next = new Date(`${month}T12:00:00Z`);
    next.setUTCMonth(next.getUTCMonth() + 1);
    month = next.toISOString().slice(0, 10);
  }
  return dates;
}

/** The rule's dates with holidays marked as skipped; `holidayOn` names the holiday of a date, if any. */
export function proposeSeasonDates(
  rule: SeasonRule,
  range: SeasonRange,
  holidayOn: (date: string) => string | null,
): ProposedDate[] {
  return ruleDates(rule, range).map((date) => {
    const holiday = holidayOn(date);
    return holiday ? { date, skippedBecause: holiday } : { date };
  });
}

/** A Helsinki wall-clock time (`14.00` or `14:00`) on a date, as an instant. */
export function helsinkiTime(date: string, time: string): Date {
  const [hours, minutes] = time.split(/[.:]/).map(Number);
  const [y, m, d] = date.split('-').map(Number);
  return new Date(new TZDate(y, m - 1, d, hours, minutes, 0, TIME_ZONE).getTime());
}

/** Two periods overlap when each starts before the other ends. */
export function overlaps(a: { startsAt: Date; endsAt: Date }, b: { startsAt: Date; endsAt: Date }): boolean {
  return a.startsAt.getTime() < b.endsAt.getTime() && b.startsAt.getTime() < a.endsAt.getTime();
}
