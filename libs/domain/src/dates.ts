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
