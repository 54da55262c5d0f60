import { useQuery } from '@apollo/client/react';
import { formatPeriod, formatTime } from '@elinvoima/domain';
import { MeetingDocument } from '@elinvoima/graphql';
import { Link, useParams } from 'react-router';
import { useI18n } from '../../i18n/i18n';
import { Loading } from '../../ui/loading';
import { NotFoundPage } from '../../ui/not-found-page';
import { usePageTitle } from '../../ui/page-title';
import { agendaPdfUrl } from './agenda-pdf-url';

/** The agenda in the familiar esityslista layout, for printing or saving as PDF. */
export function PrintAgendaPage() {
  const { groupId = '', meetingId = '' } = useParams();
  const { t, locale } = useI18n();
  const { data, loading } = useQuery(MeetingDocument, { variables: { id: meetingId } });
  const meeting = data?.meeting;
  usePageTitle(meeting ? `${t('meeting.agenda')}: ${meeting.title}` : undefined);
  if (loading && !meeting) return <Loading />;
  if (!meeting || meeting.group.id !== groupId) return <NotFoundPage />;
  return (
    <article className="print-agenda">
      <div className="toolbar no-print">
        <Link to={`/ryhmat/${groupId}/kokoukset/${meetingId}`}>← {meeting.title}</Link>
        <button type="button" className="button button--primary" onClick={() => window.print()}>
          {t('meeting.print')}
        </button>
        <a className="button button--quiet" href={agendaPdfUrl(meeting.id)} download>
          {t('meeting.downloadPdf')}
        </a>
      </div>
      <header className="print-agenda__header">
        <p className="print-agenda__body">{meeting.group.name}</p>
        <h1>
          {t('meeting.agenda').toUpperCase()}
          {meeting.status === 'DRAFT' && ` (${t('status.DRAFT').toLowerCase()})`}
        </h1>
        <table className="print-agenda__facts">
          <tbody>
            <tr>
              <th scope="row">{t('meetings.when')}</th>
              <td>{formatPeriod(meeting.startsAt, meeting.endsAt, locale)}</td>
            </tr>
            {meeting.location && (
              <tr>
                <th scope="row">{t('meeting.place')}</th>
                <td>{meeting.location}</td>
              </tr>
            )}
            {meeting.onlineUrl && (
              <tr>
                <th scope="row">{t('meeting.online')}</th>
                <td>{meeting.onlineUrl}</td>
              </tr>
            )}
          </tbody>
        </table>
        <p className="print-agenda__title">{meeting.title}</p>
      </header>
      <ol className="print-agenda__items">
        {meeting.agenda.map((item) => {
          const presenter = item.presenter?.name ?? item.presenterName;
          return (
            <li key={item.id}>
              <h2>
                {item.number} {item.title}
              </h2>
              <p className="muted">
                {item.plannedStart && `${formatTime(item.plannedStart)} · `}
                {t(`itemKind.${item.kind}`)}
                {presenter &&
                  ` · ${t('meeting.presenter')}: ${presenter}${item.presenterOrganization ? `, ${item.presenterOrganization}` : ''}`}
              </p>
              {item.descriptionHtml && <div dangerouslySetInnerHTML={{ __html: item.descriptionHtml }} />}
              {item.kind === 'DECISION' && item.proposal && (
                <p>
                  <strong>{t('meeting.proposal')}:</strong> {item.proposal}
                </p>
              )}
              {item.attachments.length > 0 && (
                <p>
                  <strong>{t('meeting.attachments')}:</strong> {item.attachments.map((a) => a.fileName).join(', ')}
                </p>
              )}
            </li>
          );
        })}
      </ol>
    </article>
  );
}
