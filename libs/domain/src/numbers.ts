import { Locale } from './locale.js';

const LANGUAGE_TAG: Record<Locale, string> = { [Locale.FI]: 'fi-FI', [Locale.EN]: 'en-GB' };

/** A file's size as people read it in their language: `19 kt` / `1,5 Mt` in Finnish, `19 kB` / `1.5 MB` in English. */
export function formatFileSize(bytes: number, locale: Locale): string {
  const megabytes = bytes >= 1_000_000;
  return new Intl.NumberFormat(LANGUAGE_TAG[locale], {
    style: 'unit',
    unit: megabytes ? 'megabyte' : 'kilobyte',
    unitDisplay: 'short',
    maximumFractionDigits: megabytes ? 1 : 0,
  }).format(megabytes ? bytes / 1_000_000 : Math.max(1, Math.round(bytes / 1000)));
}

/** A share of a whole (0–1) as a percentage in the reader's language: `45 %` in Finnish, `45%` in English. */
export function formatPercent(fraction: number, locale: Locale): string {
  return new Intl.NumberFormat(LANGUAGE_TAG[locale], { style: 'percent', maximumFractionDigits: 0 }).format(fraction);
}
