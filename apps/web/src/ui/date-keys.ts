import { addDays, addMonths, addYears, endOfISOWeek, format, parse, startOfISOWeek } from 'date-fns';

/** Noon keeps date arithmetic clear of daylight saving changes. */
const noon = (date: string) => parse(`${date} 12`, 'yyyy-MM-dd HH', new Date());
const iso = (date: Date) => format(date, 'yyyy-MM-dd');

/**
 * Where a key moves the focused day of a date picker grid, as the WAI-ARIA date picker dialog
 * pattern has it: arrows by a day or a week, Page Up/Down by a month (with Shift by a year),
 * Home/End to the week's Monday and Sunday. Null for any other key.
 */
export function dateAfterKey(date: string, key: string, shift = false): string | null {
  const day = noon(date);
  switch (key) {
    case 'ArrowLeft':
      return iso(addDays(day, -1));
    case 'ArrowRight':
      return iso(addDays(day, 1));
    case 'ArrowUp':
      return iso(addDays(day, -7));
    case 'ArrowDown':
      return iso(addDays(day, 7));
    case 'PageUp':
      return iso(shift ? addYears(day, -1) : addMonths(day, -1));
    case 'PageDown':
      return iso(shift ? addYears(day, 1) : addMonths(day, 1));
    case 'Home':
      return iso(startOfISOWeek(day));
    case 'End':
      return iso(endOfISOWeek(day));
    default:
      return null;
  }
}

/** The same day a number of months away (the 31st becomes the month's last day). */
export function shiftDate(date: string, months: number): string {
  return iso(addMonths(noon(date), months));
}

/** A date kept within the allowed range; the bounds are `yyyy-MM-dd` and optional. */
export function clampDate(date: string, min?: string, max?: string): string {
  if (min && date < min) return min;
  if (max && date > max) return max;
  return date;
}
