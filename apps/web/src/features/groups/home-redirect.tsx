import { useQuery } from '@apollo/client/react';
import { MyGroupsDocument } from '@elinvoima/graphql';
import { Navigate } from 'react-router';
import { useI18n } from '../../i18n/i18n';
import { Loading } from '../../ui/loading';
import { usePageTitle } from '../../ui/page-title';

/** The start page: the viewer's first group, or a word on how to get into one. */
export function HomeRedirect() {
  const { t } = useI18n();
  const { data, loading } = useQuery(MyGroupsDocument);
  usePageTitle(undefined);
  if (loading && !data) return <Loading />;
  const first = data?.myGroups[0];
  if (first) return <Navigate to={`/ryhmat/${first.id}`} replace />;
  return (
    <section className="panel">
      <h1>{t('app.name')}</h1>
      <div className="empty-state">
        <p>{t('group.noGroups')}</p>
      </div>
    </section>
  );
}
