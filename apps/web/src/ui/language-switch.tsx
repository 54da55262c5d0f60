import { Locale } from '@elinvoima/domain';
import { useI18n } from '../i18n/i18n';

const LANGUAGES = [Locale.FI, Locale.EN];

/** Switches the interface language; the signed-in frame also saves the choice through `onChosen`. */
export function LanguageSwitch({ onChosen }: { onChosen?(locale: Locale): void }) {
  const { locale, setLocale, t } = useI18n();
  function choose(next: Locale) {
    setLocale(next);
    onChosen?.(next);
  }
  return (
    <div className="language-switch" role="group" aria-label={t('language.label')}>
      {LANGUAGES.map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          className="language-switch__option"
          aria-pressed={locale === language}
          onClick={() => choose(language)}
        >
          {t(`language.${language}`)}
        </button>
      ))}
    </div>
  );
}
