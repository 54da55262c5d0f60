import { Link } from 'react-router';
import { useI18n } from '../i18n/i18n';
import { usePageTitle } from './page-title';

export function NotFoundPage() {
  const { t } = useI18n();
  usePageTitle(t('error.notFoundTitle'));
  return (
    <section className="panel">
      <h1>{t('error.notFoundTitle')}</h1>
      <p>{t('error.notFound')}</p>
      <p>
        <Link to="/">{t('error.backHome')}</Link>
      </p>
    </section>
  );
}
