import { Locale } from '@elinvoima/domain';
import { addDays, addMonths, format, getISOWeek, isValid, parse, startOfISOWeek } from 'date-fns';
import { enGB, fi } from 'date-fns/locale';

export interface CalendarDay {
  /** YYYY-MM-DD */
  date: string;
  dayOfMonth: number;
  /** Whether the day belongs to the month shown, not to a neighbouring one filling its week. */
  inMonth: boolean;
}

export interface CalendarWeek {
  /** ISO 8601 week number, as Finnish calendars print it. */
  number: number;
  days: CalendarDay[];
}

const MONTH = /^(\d{4})-(\d{2})$/;

/** Noon keeps local date arithmetic clear of daylight saving changes. */
function localDate(date: string): Date {
  return parse(`${date} 12`, 'yyyy-MM-dd HH', new Date());
}

const iso = (date: Date) => format(date, 'yyyy-MM-dd');

/** A `YYYY-MM` month within the years meetings are planned in, or null. */
export function parseMonth(value: string | null | undefined): string | null {
  const match = value ? MONTH.exec(value) : null;
  if (!match) return null;
  const [year, month] = [Number(match[1]), Number(match[2])];
  return year >= 2000 && year <= 2100 && month >= 1 && month <= 12 ? value! : null;
}

export function monthOf(date: string): string {
  return date.slice(0, 7);
}

export function shiftMonth(month: string, delta: number): string {
  return format(addMonths(localDate(`${month}-01`), delta), 'yyyy-MM');
}

/** The weeks, Monday to Sunday, that hold the month's days: four to six of them. */
export function monthGrid(month: string): CalendarWeek[] {
  const first = localDate(`${month}-01`);
  if (!isValid(first)) throw new Error(`Not a month: ${month}`);
  const weeks: CalendarWeek[] = [];
  for (let monday = startOfISOWeek(first); format(monday, 'yyyy-MM') <= month; monday = addDays(monday, 7)) {
    const days = Array.from({ length: 7 }, (_, i) => {
      const day = addDays(monday, i);
      return { date: iso(day), dayOfMonth: day.getDate(), inMonth: format(day, 'yyyy-MM') === month };
    });
    weeks.push({ number: getISOWeek(monday), days });
  }
  return weeks;
}

/** The dates the grid starts on and ends before, for fetching its meetings. */
export function gridRange(weeks: CalendarWeek[]): { firstDay: string; dayAfter: string } {
  const last = weeks[weeks.length - 1].days[6].date;
  return { firstDay: weeks[0].days[0].date, dayAfter: iso(addDays(localDate(last), 1)) };
}

const LOCALES = { [Locale.FI]: fi, [Locale.EN]: enGB };

/** `marraskuu 2018`, `November 2018` */
export function monthLabel(month: string, locale: Locale): string {
  return format(localDate(`${month}-01`), 'LLLL yyyy', { locale: LOCALES[locale] });
}

/** Monday first: `{ short: 'ma', full: 'maanantai' }` …, in the standalone form a heading needs. */
export function weekdayLabels(locale: Locale): { short: string; full: string }[] {
  const monday = localDate('2018-10-29');
  return Array.from({ length: 7 }, (_, i) => {
    const day = addDays(monday, i);
    return {
      short: format(day, locale === Locale.FI ? 'cccccc' : 'ccc', { locale: LOCALES[locale] }),
      full: format(day, 'cccc', { locale: LOCALES[locale] }),
    };
  });
}
