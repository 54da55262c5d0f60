import { useQuery } from '@apollo/client/react';
import { GroupStartPageDocument, MyGroupsDocument } from '@elinvoima/graphql';
import { Link, useParams } from 'react-router';
import { useI18n } from '../../i18n/i18n';
import { apiError } from '../../lib/errors';
import { Loading } from '../../ui/loading';
import { NotFoundPage } from '../../ui/not-found-page';
import { ErrorNotice } from '../../ui/notice';
import { usePageTitle } from '../../ui/page-title';
import { useViewer } from '../auth/viewer';
import { managesGroup } from '../groups/manages-group';
import { StartSections } from './start-sections';

/** `/ryhmat/:groupId`: the group's description and what is next in it; the roster has a tab of its own. */
export function GroupStartPage() {
  const { groupId = '' } = useParams();
  const { t } = useI18n();
  const viewer = useViewer();
  // The frame has loaded the viewer's groups: the group's name and description come from the cache.
  const group = useQuery(MyGroupsDocument).data?.myGroups.find((g) => g.id === groupId);
  const { data, error } = useQuery(GroupStartPageDocument, {
    variables: { groupId },
    fetchPolicy: 'cache-and-network',
  });
  usePageTitle(group?.name);

  if (!group || (!data && error)) {
    const code = apiError(error)?.code;
    if (!group || code === 'NOT_FOUND' || code === 'BAD_USER_INPUT') return <NotFoundPage />;
    return <ErrorNotice>{t(apiError(error) ? 'error.generic' : 'error.network')}</ErrorNotice>;
  }
  if (!data) return <Loading />;

  const canManage = managesGroup(viewer, group.myRole);
  return (
    <article className="group-page">
      <header className="page-header">
        <p className="page-header__eyebrow">{group.organization.name}</p>
        <h1>{group.name}</h1>
        {group.myRole && (
          <p className="page-header__meta">{t('group.yourRole', { role: t(`role.${group.myRole}`) })}</p>
        )}
      </header>
      {group.description && <p className="lead">{group.description}</p>}
      <StartSections page={data.groupStartPage} showGroup={false} managesAny={canManage} />
      {canManage && (
        <nav aria-labelledby="group-tools-heading" className="panel">
          <h2 id="group-tools-heading">{t('group.tools')}</h2>
          <ul className="plain-list">
            <li>
              <Link to={`/ryhmat/${group.id}/kausi`}>{t('group.seasonPlanner')}</Link>
            </li>
            <li>
              <Link to={`/ryhmat/${group.id}/lahtevat`}>{t('nav.outbox')}</Link>
            </li>
          </ul>
        </nav>
      )}
    </article>
  );
}
