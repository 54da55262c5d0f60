import { formatDate, formatTime, helsinkiTime } from '@elinvoima/domain';
import type { MeetingFieldsFragment } from '@elinvoima/graphql';
import { Link } from 'react-router';
import { useI18n } from '../../i18n/i18n';
import type { CalendarDay } from '../../lib/month-grid';

/** A day's meetings in the month view, each with its start time and, unless published, its status. */
export function DayMeetings({ meetings, groupId }: { meetings: MeetingFieldsFragment[]; groupId: string }) {
  const { t } = useI18n();
  return (
    <ul className="month__meetings">
      {meetings.map((m) => (
        <li key={m.id} className={`month__meeting month__meeting--${m.status.toLowerCase()}`}>
          <Link to={`/ryhmat/${groupId}/kokoukset/${m.id}`}>
            <span className="month__time">{formatTime(m.startsAt)}</span>{' '}
            <span className="month__title">{m.title}</span>
          </Link>
          {m.status !== 'AGENDA_PUBLISHED' && <span className="month__status"> ({t(`status.${m.status}`)})</span>}
        </li>
      ))}
    </ul>
  );
}

/** `ke 21.11.2018`, as a day is named for screen readers and on narrow screens. */
export function useDayName(): (day: CalendarDay) => string {
  const { locale } = useI18n();
  return (day) => formatDate(helsinkiTime(day.date, '12:00'), locale);
}
