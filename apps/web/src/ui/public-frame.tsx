import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n';
import { LanguageSwitch } from './language-switch';

/** The frame of the pages a signed-out person can open: the sign-in page's look, with a language choice. */
export function PublicFrame({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  return (
    <div className="sign-in">
      <header className="sign-in__header">
        <p className="brand brand--large">{t('app.name')}</p>
        <LanguageSwitch />
      </header>
      <main id="sisalto" className="sign-in__main">
        {children}
      </main>
    </div>
  );
}
