export enum Locale {
  FI = 'fi',
  EN = 'en',
}

export const DEFAULT_LOCALE = Locale.FI;
export const TIME_ZONE = 'Europe/Helsinki';

/** Picks a supported locale from an Accept-Language header, falling back to Finnish. */
export function localeFromAcceptLanguage(header: string | undefined | null): Locale {
  if (!header) return DEFAULT_LOCALE;
  const ranked = header
    .split(',')
    .map((part) => {
      const [tag, ...params] = part.trim().toLowerCase().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { lang: tag.split('-')[0], q: q ? Number(q.slice(2)) || 0 : 1 };
    })
    .sort((a, b) => b.q - a.q);
  const match = ranked.find((r) => r.lang === Locale.FI || r.lang === Locale.EN);
  return (match?.lang as Locale | undefined) ?? DEFAULT_LOCALE;
}
