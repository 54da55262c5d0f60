import { useQuery } from '@apollo/client/react';
import { MeetingDocument } from '@elinvoima/graphql';
import { Link, Navigate, useParams } from 'react-router';
import { useI18n } from '../../i18n/i18n';
import { Loading } from '../../ui/loading';
import { NotFoundPage } from '../../ui/not-found-page';
import { ErrorNotice } from '../../ui/notice';
import { usePageTitle } from '../../ui/page-title';
import { AttendanceSummary } from '../attendance/attendance-summary';
import { AgendaEditor } from './agenda-editor';
import { AgendaItemView } from './agenda-item-view';
import { MeetingHeader } from './meeting-header';
import { MeetingToolbar } from './meeting-toolbar';
import { useMarkAgendaSeen } from './use-mark-agenda-seen';
import { useMeetingPage } from './use-meeting-page';

/** `/kokoukset/:id` (the link in invitations) leads to the meeting within its group. */
export function MeetingRedirect() {
  const { meetingId = '' } = useParams();
  const { data, error } = useQuery(MeetingDocument, { variables: { id: meetingId } });
  if (error) return <NotFoundPage />;
  if (!data) return <Loading />;
  return <Navigate to={`/ryhmat/${data.meeting.group.id}/kokoukset/${meetingId}`} replace />;
}

export function MeetingPage() {
  const { groupId = '', meetingId = '' } = useParams();
  const { t } = useI18n();
  const page = useMeetingPage(groupId, meetingId);
  usePageTitle(page.title);
  useMarkAgendaSeen(page.status === 'ready' ? page.meeting : undefined);
  if (page.status === 'loading') return <Loading />;
  if (page.status === 'not-found') return <NotFoundPage />;
  if (page.status === 'network-error') return <ErrorNotice>{t('error.network')}</ErrorNotice>;
  const { meeting, message } = page;
  return (
    <article className="meeting">
      <p className="breadcrumb">
        <Link to={`/ryhmat/${groupId}/kokoukset`}>← {t('meeting.back')}</Link>
      </p>
      <MeetingHeader page={page} />
      <div role="status" aria-live="polite">
        {message && <p className={`notice notice--${message.kind}`}>{message.text}</p>}
      </div>
      {meeting.status === 'CANCELLED' && (
        <p className="notice notice--error">{t('meeting.cancelled', { reason: meeting.cancelReason ?? '' })}</p>
      )}
      {meeting.status === 'DRAFT' && <p className="notice notice--info">{t('meeting.draftNotice')}</p>}
      <MeetingToolbar page={page} />
      <section className="panel" aria-labelledby="agenda-heading">
        <h2 id="agenda-heading">{t('meeting.agenda')}</h2>
        {page.editable ? (
          <AgendaEditor meeting={meeting} onChanged={page.reload} />
        ) : meeting.agenda.length ? (
          <ol className="agenda">
            {meeting.agenda.map((item) => (
              <li key={item.id} className="agenda-item">
                <AgendaItemView item={item} showChanges={meeting.status === 'AGENDA_PUBLISHED'} />
              </li>
            ))}
          </ol>
        ) : (
          <p className="empty-state">{t('meeting.emptyAgenda')}</p>
        )}
      </section>
      {meeting.status !== 'DRAFT' && <AttendanceSummary meetingId={meeting.id} canManage={page.canManage} />}
      {meeting.changes.length > 0 && (
        <section className="panel" aria-labelledby="changes-heading">
          <h2 id="changes-heading">{t('meeting.changesTitle')}</h2>
          <ul className="plain-list">
            {meeting.changes.map((change) => (
              <li key={change.id}>{t(`change.${change.change}`, { title: change.itemTitle })}</li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}
