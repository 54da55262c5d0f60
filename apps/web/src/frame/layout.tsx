import { useQuery } from '@apollo/client/react';
import { MyGroupsDocument } from '@elinvoima/graphql';
import { Suspense } from 'react';
import { Link, NavLink, Outlet, useMatch } from 'react-router';
import { useViewer } from '../features/auth/viewer';
import { HeaderSearch } from '../features/search/header-search';
import { useSearchGroup } from '../features/search/use-search-group';
import { useI18n } from '../i18n/i18n';
import { LanguageSwitch } from '../ui/language-switch';
import { Loading } from '../ui/loading';
import { SiteFooter } from '../ui/site-footer';
import { GroupMenu } from './group-menu';
import { useHeaderMenu } from './use-header-menu';
import { useSaveLanguage } from './use-save-language';
import { useSignOut } from './use-sign-out';

const SECTIONS = [
  { path: '', label: 'nav.group' },
  { path: '/kokoukset', label: 'nav.meetings' },
  { path: '/jasenet', label: 'nav.members' },
] as const;

export function Layout() {
  const { t } = useI18n();
  const viewer = useViewer();
  const signOut = useSignOut();
  const saveLanguage = useSaveLanguage();
  const { data } = useQuery(MyGroupsDocument);
  const groups = data?.myGroups;
  const searchGroup = useSearchGroup();
  const groupId = useMatch('/ryhmat/:groupId/*')?.params.groupId ?? searchGroup;
  const current = groups?.find((g) => g.id === groupId);
  // The page loads beside the group list, not after it. The sections follow the address, so the
  // header does not grow under the reader when the list arrives; they go if it is not their group.
  const sectionGroupId = groups ? current?.id : groupId;
  const menu = useHeaderMenu();

  return (
    <div className="app">
      <a className="skip-link" href="#sisalto">
        {t('app.skipToContent')}
      </a>
      {/* On a phone the bar shows the name and a menu button; the rest of the header opens below it. */}
      <header className={`app-header${menu.open ? ' app-header--open' : ''}`} onKeyDown={menu.onKeyDown}>
        <div className="app-header__bar">
          <Link to="/" className="brand">
            {t('app.name')}
          </Link>
          <button
            ref={menu.button}
            type="button"
            className="menu-button"
            aria-expanded={menu.open}
            aria-controls={sectionGroupId ? 'header-menu section-nav' : 'header-menu'}
            onClick={menu.toggle}
          >
            <span className="menu-button__icon" aria-hidden="true" />
            {t('nav.menu')}
          </button>
          <div id="header-menu" className="app-header__menu">
            {groups && groups.length > 0 && <GroupMenu groups={groups} current={current} />}
            <HeaderSearch groupId={sectionGroupId} />
            <div className="app-header__user">
              <Link to="/oma-sivu" className="app-header__link">
                {viewer.name}
                <span className="visually-hidden"> – {t('nav.profile')}</span>
              </Link>
              <LanguageSwitch onChosen={saveLanguage} />
              <button type="button" className="button button--quiet" onClick={signOut}>
                {t('nav.signOut')}
              </button>
            </div>
          </div>
        </div>
        {sectionGroupId && (
          <nav id="section-nav" aria-label={t('nav.main')} className="section-nav">
            <ul>
              {SECTIONS.map((section) => (
                <li key={section.label}>
                  <NavLink to={`/ryhmat/${sectionGroupId}${section.path}`} end={section.path === ''}>
                    {t(section.label)}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
        )}
      </header>
      <main id="sisalto" tabIndex={-1} className="app-main">
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </main>
      <SiteFooter />
    </div>
  );
}
