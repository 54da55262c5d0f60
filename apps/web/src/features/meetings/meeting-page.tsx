import { useMutation, useQuery } from '@apollo/client/react';
import { formatPeriod, themeName } from '@elinvoima/domain';
import { MeetingDocument, PublishAgendaDocument } from '@elinvoima/graphql';
import { useEffect, useRef, useState } from 'react';
import { Link, Navigate, useLocation, useNavigate, useParams } from 'react-router';
import { useI18n } from '../../i18n/i18n';
import { apiError } from '../../lib/errors';
import { helsinkiDate } from '../../lib/dates';
import { Loading } from '../../ui/loading';
import { NotFoundPage } from '../../ui/not-found-page';
import { usePageTitle } from '../../ui/page-title';
import { AgendaEditor } from './agenda-editor';
import { agendaPdfUrl } from './agenda-pdf-url';
import { AgendaItemView } from './agenda-item-view';
import { CancelMeetingDialog } from './cancel-meeting-dialog';
import { StatusBadge } from './status-badge';
import { useCanManage } from './use-group-role';

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
  const { t, locale } = useI18n();
  const canManage = useCanManage(groupId);
  const { data, loading, error, refetch } = useQuery(MeetingDocument, { variables: { id: meetingId } });
  const [publish, { loading: publishing }] = useMutation(PublishAgendaDocument);
  const location = useLocation();
  const navigate = useNavigate();
  const arrivedWith = (location.state as { notice?: 'created' | 'saved' } | null)?.notice;
  const [message, setMessage] = useState<{ kind: 'error' | 'success'; text: string } | null>(() =>
    arrivedWith ? { kind: 'success', text: t(arrivedWith === 'created' ? 'meeting.created' : 'meeting.saved') } : null,
  );
  // The notice is shown once; a reload or a return through history does not repeat it.
  useEffect(() => {
    if (arrivedWith) navigate(`${location.pathname}${location.search}`, { replace: true, state: null });
  }, [arrivedWith, location.pathname, location.search, navigate]);
  const heading = useRef<HTMLHeadingElement>(null);
  const meeting = data?.meeting;
  usePageTitle(meeting?.title);

  if (loading && !meeting) return <Loading />;
  if (!meeting || meeting.group.id !== groupId) {
    return apiError(error)?.code === 'NOT_FOUND' || meeting || apiError(error)?.code === 'BAD_USER_INPUT' ? (
      <NotFoundPage />
    ) : (
      <p className="notice notice--error" role="alert">
        {t('error.network')}
      </p>
    );
  }

  const editable = canManage && meeting.status !== 'CANCELLED';
  async function publishAgenda() {
    if (!window.confirm(t('meeting.confirmPublish'))) return;
    try {
      await publish({ variables: { input: { meetingId: meeting!.id, version: meeting!.version } } });
      await refetch();
      setMessage({ kind: 'success', text: t('meeting.published') });
    } catch (failure) {
      const parsed = apiError(failure);
      setMessage({ kind: 'error', text: parsed?.fields[0]?.message ?? parsed?.message ?? t('error.network') });
    }
  }

  async function cancelled() {
    await refetch();
    setMessage({ kind: 'success', text: t('meeting.cancelledNow') });
    // The button that opened the dialog is gone with the cancellation: the page's heading takes the focus.
    requestAnimationFrame(() => heading.current?.focus());
  }

  return (
    <article className="meeting">
      <p className="breadcrumb">
        <Link to={`/ryhmat/${groupId}/kokoukset`}>← {t('meeting.back')}</Link>
      </p>
      <header className="page-header">
        <p className="page-header__eyebrow">
          {meeting.group.name} · {t(`kind.${meeting.kind}`)}
        </p>
        <h1 ref={heading} tabIndex={-1}>
          {meeting.title}
        </h1>
        <p className="meeting__time">{formatPeriod(meeting.startsAt, meeting.endsAt, locale)}</p>
        <dl className="meeting__facts">
          {meeting.location && (
            <>
              <dt>{t('meeting.place')}</dt>
              <dd>{meeting.location}</dd>
            </>
          )}
          {meeting.onlineUrl && (
            <>
              <dt>{t('meeting.online')}</dt>
              <dd>
                <a href={meeting.onlineUrl}>{meeting.onlineUrl}</a>
              </dd>
            </>
          )}
          {meeting.themes.length > 0 && (
            <>
              <dt>{t('meeting.themes')}</dt>
              <dd>{meeting.themes.map((th) => themeName(th, locale)).join(', ')}</dd>
            </>
          )}
        </dl>
        <p>
          <StatusBadge status={meeting.status} />
        </p>
      </header>
      <div role="status" aria-live="polite">
        {message && <p className={`notice notice--${message.kind}`}>{message.text}</p>}
      </div>
      {meeting.status === 'CANCELLED' && <p className="notice notice--error">{t('meeting.cancelled', { reason: meeting.cancelReason ?? '' })}</p>}
      {meeting.status === 'DRAFT' && <p className="notice notice--info">{t('meeting.draftNotice')}</p>}
      <div className="toolbar">
        <Link className="button button--quiet" to={`/ryhmat/${groupId}/kokoukset?nakyma=kuukausi&kuukausi=${helsinkiDate(meeting.startsAt).slice(0, 7)}`}>
          {t('meeting.showInCalendar')}
        </Link>
        <Link className="button button--quiet" to={`/ryhmat/${groupId}/kokoukset/${meeting.id}/tulosta`}>
          {t('meeting.print')}
        </Link>
        <a className="button button--quiet" href={agendaPdfUrl(meeting.id)} download>
          {t('meeting.downloadPdf')}
        </a>
        {meeting.status !== 'DRAFT' && (
          <a className="button button--quiet" href={`/meetings/${meeting.id}/invitation.ics`} download>
            {t('meeting.addToCalendar')}
          </a>
        )}
        {canManage && meeting.status === 'DRAFT' && (
          <button type="button" className="button button--primary" onClick={publishAgenda} disabled={publishing} aria-busy={publishing}>
            {publishing ? t('meeting.publishing') : t('meeting.publish')}
          </button>
        )}
        {editable && (
          <>
            <Link className="button button--quiet" to={`/ryhmat/${groupId}/kokoukset/${meeting.id}/muokkaa`}>
              {t('meeting.edit')}
            </Link>
            <CancelMeetingDialog meeting={meeting} onCancelled={() => void cancelled()} onConflict={() => void refetch()} />
          </>
        )}
      </div>
      <section className="panel" aria-labelledby="agenda-heading">
        <h2 id="agenda-heading">{t('meeting.agenda')}</h2>
        {editable ? (
          <AgendaEditor meeting={meeting} onChanged={() => void refetch()} />
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
