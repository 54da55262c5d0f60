import { useMutation } from '@apollo/client/react';
import { UpdateMyProfileDocument } from '@elinvoima/graphql';
import { type Locale, useI18n } from '../../i18n/i18n';

const LANGUAGES: Locale[] = ['fi', 'en'];

/** Switches the interface language; a signed-in user's choice is also saved to their profile. */
export function LanguageSwitch({ signedIn = false }: { signedIn?: boolean }) {
  const { locale, setLocale, t } = useI18n();
  const [save] = useMutation(UpdateMyProfileDocument);
  function choose(next: Locale) {
    setLocale(next);
    if (signedIn) void save({ variables: { input: { locale: next === 'en' ? 'EN' : 'FI' } } }).catch(() => undefined);
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
