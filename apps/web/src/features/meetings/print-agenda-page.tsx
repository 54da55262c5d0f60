import { useQuery } from '@apollo/client/react';
import type { AgendaContentItem, AgendaFactKind } from '@elinvoima/domain';
import { MeetingDocument } from '@elinvoima/graphql';
import { Link, useParams } from 'react-router';
import { type MessageKey, useI18n } from '../../i18n/i18n';
import { Loading } from '../../ui/loading';
import { NotFoundPage } from '../../ui/not-found-page';
import { usePageTitle } from '../../ui/page-title';
import { agendaPdfUrl, meetingPackUrl } from './agenda-pdf-url';
import { printAgendaContent, type PrintItemSource } from './print-agenda-content';

const FACT_LABELS: Record<AgendaFactKind, MessageKey> = {
  time: 'meetings.when',
  place: 'meeting.place',
  online: 'meeting.online',
  themes: 'meeting.themes',
};

/**
 * The agenda in the familiar esityslista layout, for printing or saving as PDF. It shows what the
 * API's PDF shows, from the same description of the agenda's content.
 */
export function PrintAgendaPage() {
  const { groupId = '', meetingId = '' } = useParams();
  const { t, locale } = useI18n();
  const { data, loading } = useQuery(MeetingDocument, { variables: { id: meetingId } });
  const meeting = data?.meeting;
  usePageTitle(meeting ? `${t('meeting.agenda')}: ${meeting.title}` : undefined);
  if (loading && !meeting) return <Loading />;
  if (!meeting || meeting.group.id !== groupId) return <NotFoundPage />;
  const content = printAgendaContent(meeting, locale);
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
        <a className="button button--quiet" href={meetingPackUrl(meeting.id)} download>
          {t('meeting.downloadPack')}
        </a>
      </div>
      <header className="print-agenda__header">
        <p className="print-agenda__body">{meeting.group.name}</p>
        <h1>
          {t('meeting.agenda').toUpperCase()}
          {content.draft && ` (${t('status.DRAFT').toLowerCase()})`}
        </h1>
        <p className="print-agenda__title">{content.title}</p>
        <table className="print-agenda__facts">
          <tbody>
            {content.facts.map((fact) => (
              <tr key={fact.kind}>
                <th scope="row">{t(FACT_LABELS[fact.kind])}</th>
                <td>{fact.href ? <a href={fact.href}>{fact.text}</a> : fact.text}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {content.cancelReason !== null && (
          <p className="print-agenda__notice">
            {content.cancelReason
              ? t('meeting.cancelled', { reason: content.cancelReason })
              : t('meeting.cancelledNow')}
          </p>
        )}
        {content.changedAt && (
          <p className="print-agenda__notice">{t('meeting.changedSince', { when: content.changedAt })}</p>
        )}
      </header>
      <ol className="print-agenda__items">
        {content.items.map((item) => (
          <PrintItem key={item.number} item={item} />
        ))}
      </ol>
    </article>
  );
}

function PrintItem({ item }: { item: AgendaContentItem<PrintItemSource> }) {
  const { t } = useI18n();
  const meta = [
    item.plannedStart,
    item.plannedMinutes != null ? t('meeting.minutes', { minutes: item.plannedMinutes }) : null,
    t(`itemKind.${item.kind}`),
  ].filter(Boolean);
  return (
    <li className="print-agenda__item">
      <h2>
        {item.number} {item.title}
      </h2>
      <p className="muted">
        {meta.join(' · ')}
        {item.changed && (
          <>
            {' · '}
            <strong>{t('meeting.changed')}</strong>
          </>
        )}
      </p>
      {item.presenter && (
        <p className="print-agenda__line">
          <strong>{t('meeting.presenter')}:</strong> {item.presenter}
        </p>
      )}
      {item.project && (
        <p className="print-agenda__line">
          <strong>{t('meeting.project')}:</strong> {item.project}
        </p>
      )}
      {item.themes.length > 0 && (
        <p className="print-agenda__line">
          <strong>{t('meeting.themes')}:</strong> {item.themes.join(', ')}
        </p>
      )}
      {/* Rendered from Markdown and sanitized by the API. */}
      {item.source.descriptionHtml && <div dangerouslySetInnerHTML={{ __html: item.source.descriptionHtml }} />}
      {item.proposal && (
        <p>
          <strong>{t('meeting.proposal')}:</strong> {item.proposal}
        </p>
      )}
      {item.attachments.length > 0 && (
        <div className="print-agenda__attachments">
          <p className="print-agenda__line">
            <strong>{t('meeting.attachments')}</strong>
          </p>
          <ul>
            {item.attachments.map((a) => (
              <li key={a.id}>
                <a href={item.source.downloads.get(a.id)} download>
                  {a.fileName}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
    </li>
  );
}
