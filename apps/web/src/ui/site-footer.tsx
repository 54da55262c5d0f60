import { Link } from 'react-router';
import { useI18n } from '../i18n/i18n';

/** Every page's footer: what the service is, and its accessibility statement, signed in or not. */
export function SiteFooter() {
  const { t } = useI18n();
  return (
    <footer className="app-footer">
      <p>{t('app.footer')}</p>
      <p>
        <Link to="/saavutettavuus">{t('a11y.link')}</Link>
      </p>
    </footer>
  );
}
