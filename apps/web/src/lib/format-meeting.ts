import { formatDateTime, formatPeriod, formatTime, Locale } from '@elinvoima/domain';
import type { Locale as UiLocale } from '../i18n/i18n';

const toDomain = (locale: UiLocale) => (locale === 'en' ? Locale.EN : Locale.FI);

/** `ke 21.11.2018 klo 14.00–16.00` in Helsinki time (both dates when it runs past midnight). */
export function meetingTime(startsAt: string, endsAt: string, locale: UiLocale): string {
  return formatPeriod(startsAt, endsAt, toDomain(locale));
}

export function dateTime(value: string, locale: UiLocale): string {
  return formatDateTime(value, toDomain(locale));
}

export { formatTime };
