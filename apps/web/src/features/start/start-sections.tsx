import { formatPeriod } from '@elinvoima/domain';
import type { StartPageFieldsFragment } from '@elinvoima/graphql';
import { Link } from 'react-router';
import { type MessageKey, useI18n } from '../../i18n/i18n';
import { MeetingDownloads, MeetingSummary } from './meeting-summary';
import { NewsBadge } from './news-badge';
import './start.css';

interface Props {
  page: StartPageFieldsFragment;
  /** Across groups each meeting names its group. */
  showGroup: boolean;
  /** Managers see their drafts among the coming meetings, and the empty state says so. */
  managesAny: boolean;
}

/** What is next: the coming meetings, the agendas not read yet, and the places the minutes will take. */
export function StartSections({ page, showGroup, managesAny }: Props) {
  const { t, locale } = useI18n();
  return (
    <div className="start-sections">
      <div className="start-sections__main">
        <section aria-labelledby="start-next-heading" className="panel">
          <h2 id="start-next-heading">{t('start.next')}</h2>
          {page.nextMeetings.length ? (
            <ul className="start-list">
              {page.nextMeetings.map((meeting) => (
                <li key={meeting.id}>
                  <MeetingSummary meeting={meeting} showGroup={showGroup} />
                </li>
              ))}
            </ul>
          ) : (
            <p className="empty-state">{t(managesAny ? 'start.nextNoneManager' : 'start.nextNone')}</p>
          )}
        </section>
        <section aria-labelledby="start-news-heading" className="panel">
          <h2 id="start-news-heading">{t('start.newAgendas')}</h2>
          {page.newAgendas.length ? (
            <ul className="start-list start-list--compact">
              {page.newAgendas.map((meeting) => (
                <li key={meeting.id}>
                  <p className="start-news__title">
                    <Link to={`/ryhmat/${meeting.groupId}/kokoukset/${meeting.id}`}>{meeting.title}</Link>
                    {meeting.agendaNews && <NewsBadge news={meeting.agendaNews} />}
                  </p>
                  <p className="start-meeting__time">
                    {showGroup && <span className="start-meeting__group">{meeting.group.name} · </span>}
                    {formatPeriod(meeting.startsAt, meeting.endsAt, locale)}
                  </p>
                  <MeetingDownloads meeting={meeting} />
                </li>
              ))}
            </ul>
          ) : (
            <p className="empty-state">{t('start.newAgendasNone')}</p>
          )}
        </section>
      </div>
      <div className="start-sections__aside">
        <ComingSection id="start-minutes-heading" title="start.minutes" text="start.minutesNone" />
        <ComingSection id="start-actions-heading" title="start.actions" text="start.actionsNone" />
      </div>
    </div>
  );
}

/** A place kept for what the minutes will bring, saying what will appear and when. */
function ComingSection({ id, title, text }: { id: string; title: MessageKey; text: MessageKey }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby={id} className="panel">
      <h2 id={id}>{t(title)}</h2>
      <div className="empty-state">
        <p className="empty-state__label">{t('start.comingLater')}</p>
        <p className="start-sections__coming">{t(text)}</p>
      </div>
    </section>
  );
}
