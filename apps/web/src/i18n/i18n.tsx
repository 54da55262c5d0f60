import { Locale } from '@elinvoima/domain';
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import en from './en.json' with { type: 'json' };
import fi from './fi.json' with { type: 'json' };
import { format, type Params } from './format.js';

export type MessageKey = keyof typeof fi;

export const CATALOGUES: Record<Locale, Record<MessageKey, string>> = { [Locale.FI]: fi, [Locale.EN]: en };
const STORAGE_KEY = 'elinvoima.locale';

export function translate(locale: Locale, key: MessageKey, params?: Params): string {
  return format(CATALOGUES[locale][key] ?? CATALOGUES.fi[key] ?? key, params);
}

function storedLocale(): Locale {
  try {
    return localStorage.getItem(STORAGE_KEY) === Locale.EN ? Locale.EN : Locale.FI;
  } catch {
    return Locale.FI;
  }
}

/** The language API requests ask for, kept in step with the interface. */
export let requestLocale: Locale = storedLocale();

interface I18nValue {
  locale: Locale;
  setLocale(locale: Locale): void;
  t(key: MessageKey, params?: Params): string;
}

const I18nContext = createContext<I18nValue | null>(null);

export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(storedLocale);
  const setLocale = useCallback((next: Locale) => {
    requestLocale = next;
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Private browsing: the choice lasts for this visit.
    }
    setLocaleState(next);
  }, []);
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  const value = useMemo<I18nValue>(
    () => ({ locale, setLocale, t: (key, params) => translate(locale, key, params) }),
    [locale, setLocale],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18nValue {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n needs an I18nProvider');
  return value;
}
