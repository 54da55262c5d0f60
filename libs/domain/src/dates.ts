import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { enGB, fi } from 'date-fns/locale';
import { Locale, TIME_ZONE } from './locale.js';

const LOCALES = { [Locale.FI]: fi, [Locale.EN]: enGB };

function inHelsinki(date: Date | string): TZDate {
  return new TZDate(new Date(date).getTime(), TIME_ZONE);
}

/** `ke 24.10.2018 klo 14.00` (fi) or `Wed 24.10.2018 at 14.00` (en), in Europe/Helsinki. */
export function formatDateTime(date: Date | string, locale: Locale = Locale.FI): string {
  const pattern = locale === Locale.FI ? "EEEEEE d.M.yyyy 'klo' H.mm" : "EEE d.M.yyyy 'at' H.mm";
  return format(inHelsinki(date), pattern, { locale: LOCALES[locale] });
}

/** `ke 24.10.2018` (fi) or `Wed 24.10.2018` (en), in Europe/Helsinki. */
export function formatDate(date: Date | string, locale: Locale = Locale.FI): string {
  const pattern = locale === Locale.FI ? 'EEEEEE d.M.yyyy' : 'EEE d.M.yyyy';
  return format(inHelsinki(date), pattern, { locale: LOCALES[locale] });
}

/** `14.00`, in Europe/Helsinki. */
export function formatTime(date: Date | string): string {
  return format(inHelsinki(date), 'H.mm');
}

/** `ke 21.11.2018 klo 14.00–16.00`; a meeting that ends on another day shows both dates in full. */
export function formatPeriod(startsAt: Date | string, endsAt: Date | string, locale: Locale = Locale.FI): string {
  const sameDay = isoDate(startsAt) === isoDate(endsAt);
  return sameDay
    ? `${formatDateTime(startsAt, locale)}–${formatTime(endsAt)}`
    : `${formatDateTime(startsAt, locale)} – ${formatDateTime(endsAt, locale)}`;
}

/** The Helsinki calendar date as YYYY-MM-DD, e.g. for file names. */
export function isoDate(date: Date | string): string {
  return format(inHelsinki(date), 'yyyy-MM-dd');
}

const TYPED_DAY_MONTH_YEAR = /^(\d{1,2})\s*[./,-]\s*(\d{1,2})\s*[./,-]\s*(\d{4}|\d{2})$/;
const TYPED_ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

/**
 * A calendar date as people type it, `yyyy-MM-dd`, or null when it is no date. Finnish order
 * (`1.2.2027`, `01.02.2027`, also with `/`, `-` or the `,` of a Finnish number pad), a two-digit
 * year meaning 20xx, and `2027-02-01` are read; `31.2.2027` is not a date.
 */
export function parseDateInput(text: string): string | null {
  const typed = text.trim();
  const dmy = TYPED_DAY_MONTH_YEAR.exec(typed);
  const ymd = dmy ? null : TYPED_ISO.exec(typed);
  if (!dmy && !ymd) return null;
  const [day, month, year] = dmy
    ? [Number(dmy[1]), Number(dmy[2]), Number(dmy[3].length === 2 ? `20${dmy[3]}` : dmy[3])]
    : [Number(ymd![3]), Number(ymd![2]), Number(ymd![1])];
  const date = new Date(Date.UTC(year, month - 1, day));
  const real = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real ? date.toISOString().slice(0, 10) : null;
}

/** Whether a value is a real calendar date written `yyyy-MM-dd`, as the API takes it. */
export function isIsoDate(value: string): boolean {
  return TYPED_ISO.test(value) && value.length === 10 && parseDateInput(value) === value;
}

/** `24.10.2018` from `2018-10-24`: the way a date field shows a date, in both languages of the app. */
export function formatDateInput(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return `${d}.${m}.${y}`;
}

const TYPED_CLOCK = /^([01]?\d|2[0-3])(?:\s*[.:,]\s*([0-5]\d))?$/;

/** A clock time as people type it (`14.00`, `14:00`, `09.30`, `9` for 9.00) written `14.00`, or null. */
export function parseClockInput(text: string): string | null {
  const match = TYPED_CLOCK.exec(text.trim());
  return match ? `${Number(match[1])}.${match[2] ?? '00'}` : null;
}
