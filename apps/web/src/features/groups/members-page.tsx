import { useQuery } from '@apollo/client/react';
import { GroupDocument } from '@elinvoima/graphql';
import { useState } from 'react';
import { useParams } from 'react-router';
import { useI18n } from '../../i18n/i18n';
import { apiError } from '../../lib/errors';
import { useViewer } from '../auth/viewer';
import { Loading } from '../../ui/loading';
import { NotFoundPage } from '../../ui/not-found-page';
import { usePageTitle } from '../../ui/page-title';
import { AddMemberForm } from './add-member-form';
import { managesGroup } from './manages-group';
import { MembersTable } from './members-table';

/** `/ryhmat/:groupId/jasenet`: the group's roster, which the chair and the secretary also keep. */
export function MembersPage() {
  const { groupId = '' } = useParams();
  const { t } = useI18n();
  const viewer = useViewer();
  const { data, loading, error, refetch } = useQuery(GroupDocument, { variables: { id: groupId } });
  const [announcement, setAnnouncement] = useState('');
  const group = data?.group;
  usePageTitle(group ? `${t('group.members')} – ${group.name}` : undefined);

  if (loading && !group) return <Loading />;
  if (!group) {
    const code = apiError(error)?.code;
    if (code === 'NOT_FOUND' || code === 'BAD_USER_INPUT') return <NotFoundPage />;
    return (
      <p className="notice notice--error" role="alert">
        {t(error && !apiError(error) ? 'error.network' : 'error.generic')}
      </p>
    );
  }

  const canManage = managesGroup(viewer, group.myRole);
  // Who chairs the group is the chair's (or an admin's) decision; the API holds to it as well.
  const canChangeChair = viewer.isOrgAdmin || group.myRole === 'CHAIR';
  return (
    <article className="members-page">
      <header className="page-header">
        <p className="page-header__eyebrow">{group.name}</p>
        <h1>{t('group.members')}</h1>
        {group.myRole && (
          <p className="page-header__meta">{t('group.yourRole', { role: t(`role.${group.myRole}`) })}</p>
        )}
      </header>
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
      <section aria-label={t('group.membersCaption')} className="panel">
        <MembersTable
          members={group.members}
          canManage={canManage}
          canChangeChair={canChangeChair}
          onChanged={(message) => setAnnouncement(message)}
          onConflict={() => void refetch()}
        />
      </section>
      {canManage && (
        <section aria-labelledby="add-member-heading" className="panel">
          <h2 id="add-member-heading">{t('group.addMember')}</h2>
          <AddMemberForm
            groupId={group.id}
            canChangeChair={canChangeChair}
            onAdded={(name) => setAnnouncement(t('group.added', { name }))}
          />
        </section>
      )}
    </article>
  );
}
