import { formatDateTime, formatPeriod } from '@elinvoima/domain';
import type { StartMeetingFieldsFragment } from '@elinvoima/graphql';
import { Link } from 'react-router';
import { useI18n } from '../../i18n/i18n';
import { agendaPdfUrl } from '../meetings/agenda-pdf-url';
import { NewsBadge } from './news-badge';
import { MeetingPlaceFacts } from '../meetings/meeting-place-facts';

interface Props {
  meeting: StartMeetingFieldsFragment;
  /** Across groups the reader needs to know whose meeting it is. */
  showGroup: boolean;
}

/** One coming meeting: when, where, how to join, whether its agenda is out, and its calendar entry and PDF. */
export function MeetingSummary({ meeting, showGroup }: Props) {
  const { t, locale } = useI18n();
  const headingId = `start-meeting-${meeting.id}`;
  return (
    <article className="start-meeting" aria-labelledby={headingId}>
      <h3 id={headingId} className="start-meeting__title">
        <Link to={`/ryhmat/${meeting.groupId}/kokoukset/${meeting.id}`}>{meeting.title}</Link>
        {meeting.agendaNews && <NewsBadge news={meeting.agendaNews} />}
      </h3>
      <p className="start-meeting__time">
        {showGroup && <span className="start-meeting__group">{meeting.group.name} · </span>}
        {formatPeriod(meeting.startsAt, meeting.endsAt, locale)}
      </p>
      <dl className="meeting__facts">
        <MeetingPlaceFacts location={meeting.location} onlineUrl={meeting.onlineUrl} />
        <dt>{t('start.agenda')}</dt>
        <dd>
          {meeting.status === 'CANCELLED'
            ? t('start.agendaCancelled')
            : meeting.agendaPublishedAt
              ? t('start.agendaPublished', { date: formatDateTime(meeting.agendaPublishedAt, locale) })
              : t('start.agendaNotYet')}
        </dd>
      </dl>
      <MeetingDownloads meeting={meeting} />
    </article>
  );
}

/** The calendar entry (once the meeting is announced) and the agenda's PDF, named with the meeting for screen readers. */
export function MeetingDownloads({ meeting }: { meeting: StartMeetingFieldsFragment }) {
  const { t } = useI18n();
  // Several meetings' links side by side: each link's name says whose it is; the visible text starts it.
  const named = (text: string) => `${text}: ${meeting.title}`;
  return (
    <p className="start-meeting__downloads">
      {meeting.status !== 'DRAFT' && (
        <a href={`/meetings/${meeting.id}/invitation.ics`} download aria-label={named(t('start.calendar'))}>
          {t('start.calendar')}
        </a>
      )}
      <a href={agendaPdfUrl(meeting.id)} download aria-label={named(t('start.pdf'))}>
        {t('start.pdf')}
      </a>
    </p>
  );
}
