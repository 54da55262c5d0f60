import { Locale } from './locale.js';

export interface ThemeNames {
  nameFi: string;
  nameEn: string;
}

/** A theme's name in the reader's language. */
export function themeName(theme: ThemeNames, locale: Locale): string {
  return locale === Locale.EN ? theme.nameEn : theme.nameFi;
}
