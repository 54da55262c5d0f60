import { Locale } from '@elinvoima/domain';
import type { Locale as ApiLocale } from '@elinvoima/graphql';

/** The API's enum spells a language in capitals: `fi` is `FI` there. */
export function toApiLocale(locale: Locale): ApiLocale {
  return locale === Locale.EN ? 'EN' : 'FI';
}

export function fromApiLocale(locale: ApiLocale): Locale {
  return locale === 'EN' ? Locale.EN : Locale.FI;
}
