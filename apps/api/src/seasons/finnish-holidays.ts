import Holidays from 'date-holidays';
import { Locale } from '@elinvoima/domain';

const calendars = {
  [Locale.FI]: new Holidays('FI', { languages: ['fi'] }),
  [Locale.EN]: new Holidays('FI', { languages: ['en'] }),
};

// Public holidays and the eves that are days off in practice (juhannusaatto, jouluaatto, uudenvuodenaatto).
const DAYS_OFF = new Set(['public', 'bank']);

/** The name of the Finnish holiday on a date (YYYY-MM-DD), or null on a working day. */
export function finnishHolidayOn(date: string, locale: Locale): string | null {
  const found = calendars[locale].isHoliday(new Date(`${date}T12:00:00`));
  const holiday = Array.isArray(found) ? found.find((h) => DAYS_OFF.has(h.type)) : undefined;
  return holiday?.name ?? null;
}
