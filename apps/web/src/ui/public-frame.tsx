import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n';
import { LanguageSwitch } from './language-switch';
import { SiteFooter } from './site-footer';

/**
 * The frame of the pages a signed-out person can open: the sign-in page's look, with a language
 * choice. `wide` is for reading pages, such as the accessibility statement, rather than forms.
 */
export function PublicFrame({ children, wide = false }: { children: ReactNode; wide?: boolean }) {
  const { t } = useI18n();
  return (
    <div className="sign-in">
      <header className={wide ? 'sign-in__header sign-in__header--wide' : 'sign-in__header'}>
        <p className="brand brand--large">{t('app.name')}</p>
        <LanguageSwitch />
      </header>
      <main id="sisalto" className={wide ? 'sign-in__main sign-in__main--wide' : 'sign-in__main'}>
        {children}
      </main>
      <SiteFooter />
    </div>
  );
}
