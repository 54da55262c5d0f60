import { useQuery } from '@apollo/client/react';
import { MyGroupsDocument, StartPageDocument } from '@elinvoima/graphql';
import { useI18n } from '../../i18n/i18n';
import { Loading } from '../../ui/loading';
import { ErrorNotice } from '../../ui/notice';
import { usePageTitle } from '../../ui/page-title';
import { useViewer } from '../auth/viewer';
import { managesGroup } from '../groups/manages-group';
import { StartSections } from './start-sections';

/** `/`: what is next for the viewer across all their groups. */
export function StartPage() {
  const { t } = useI18n();
  const viewer = useViewer();
  // The frame has loaded the groups already: this reads them from the cache.
  const groups = useQuery(MyGroupsDocument).data?.myGroups ?? [];
  // Back from a meeting the page asks again, so an agenda just read leaves the list.
  const { data, error } = useQuery(StartPageDocument, { fetchPolicy: 'cache-and-network' });
  usePageTitle(t('start.title'));

  const header = (
    <header className="page-header">
      <h1>{t('start.title')}</h1>
      <p className="page-header__meta">{t('start.lead')}</p>
    </header>
  );
  if (!data) {
    if (!error) return <Loading />;
    return (
      <article className="start-page">
        {header}
        <ErrorNotice>{t('error.network')}</ErrorNotice>
      </article>
    );
  }
  return (
    <article className="start-page">
      {header}
      {groups.length === 0 ? (
        <p className="empty-state">{t('start.noGroups')}</p>
      ) : (
        <StartSections
          page={data.startPage}
          showGroup={groups.length > 1}
          managesAny={groups.some((group) => managesGroup(viewer, group.myRole))}
        />
      )}
    </article>
  );
}
