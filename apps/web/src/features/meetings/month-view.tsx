import { useQuery } from '@apollo/client/react';
import { formatDate, formatTime, helsinkiTime, todayInHelsinki } from '@elinvoima/domain';
import { type MeetingFieldsFragment, MeetingsDocument } from '@elinvoima/graphql';
import { useMemo } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../i18n/i18n';
import { helsinkiDate } from '../../lib/dates';
import { type CalendarDay, gridRange, monthGrid, monthLabel, monthOf, shiftMonth, weekdayLabels } from './month-grid';
import './meetings.css';

interface Props {
  groupId: string;
  /** YYYY-MM */
  month: string;
  /** The address of another month of this view. */
  monthHref(month: string): string;
}

function DayMeetings({ meetings, groupId }: { meetings: MeetingFieldsFragment[]; groupId: string }) {
  const { t } = useI18n();
  return (
    <ul className="month__meetings">
      {meetings.map((m) => (
        <li key={m.id} className={`month__meeting month__meeting--${m.status.toLowerCase()}`}>
          <Link to={`/ryhmat/${groupId}/kokoukset/${m.id}`}>
            <span className="month__time">{formatTime(m.startsAt)}</span> <span className="month__title">{m.title}</span>
          </Link>
          {m.status !== 'AGENDA_PUBLISHED' && <span className="month__status"> ({t(`status.${m.status}`)})</span>}
        </li>
      ))}
    </ul>
  );
}

/** A month as a table: weeks as rows headed by their number, Monday to Sunday as columns. */
export function MonthView({ groupId, month, monthHref }: Props) {
  const { t, locale } = useI18n();
  const weeks = useMemo(() => monthGrid(month), [month]);
  const { firstDay, dayAfter } = gridRange(weeks);
  const { data, loading, error } = useQuery(MeetingsDocument, {
    variables: { groupId, from: helsinkiTime(firstDay, '00:00').toISOString(), to: helsinkiTime(dayAfter, '00:00').toISOString() },
    fetchPolicy: 'cache-and-network',
  });
  const byDay = useMemo(() => {
    const days = new Map<string, MeetingFieldsFragment[]>();
    for (const meeting of data?.meetings ?? []) {
      const day = helsinkiDate(meeting.startsAt);
      days.set(day, [...(days.get(day) ?? []), meeting]);
    }
    return days;
  }, [data]);
  const today = todayInHelsinki();
  const label = monthLabel(month, locale);
  const weekdays = weekdayLabels(locale);
  const inMonth = (data?.meetings ?? []).filter((m) => monthOf(helsinkiDate(m.startsAt)) === month);
  const dayName = (day: CalendarDay) => formatDate(helsinkiTime(day.date, '12:00'), locale);

  return (
    <section className="panel month" aria-labelledby="month-heading">
      <div className="month__bar">
        <h2 id="month-heading" className="month__heading" aria-live="polite">
          {label}
        </h2>
        <ul className="toolbar month__nav">
          <li>
            <Link className="button button--quiet" to={monthHref(shiftMonth(month, -1))}>
              <span aria-hidden="true">← </span>
              {t('monthView.previous')}
            </Link>
          </li>
          <li>
            <Link className="button button--quiet" to={monthHref(monthOf(today))}>
              {t('monthView.today')}
            </Link>
          </li>
          <li>
            <Link className="button button--quiet" to={monthHref(shiftMonth(month, 1))}>
              {t('monthView.next')}
              <span aria-hidden="true"> →</span>
            </Link>
          </li>
        </ul>
      </div>
      {error && !data ? (
        <p className="notice notice--error" role="alert">
          {t('monthView.error')}
        </p>
      ) : (
        <div className="month__scroll">
          <table className="month__table" aria-busy={loading && !data}>
            <caption className="visually-hidden">{t('monthView.caption', { month: label })}</caption>
            <thead>
              <tr>
                <th scope="col" className="month__week">
                  <abbr title={t('monthView.weekFull')}>{t('monthView.week')}</abbr>
                </th>
                {weekdays.map((day) => (
                  <th scope="col" key={day.full}>
                    <abbr title={day.full}>{day.short}</abbr>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {weeks.map((week) => (
                <tr key={week.number}>
                  <th scope="row" className="month__week">
                    <span className="visually-hidden">{t('monthView.weekFull')} </span>
                    {week.number}
                  </th>
                  {week.days.map((day) => {
                    const meetings = byDay.get(day.date) ?? [];
                    const isToday = day.date === today;
                    return (
                      <td
                        key={day.date}
                        className={`month__day${day.inMonth ? '' : ' month__day--outside'}${isToday ? ' month__day--today' : ''}`}
                        aria-current={isToday ? 'date' : undefined}
                      >
                        <p className="month__date">
                          <span aria-hidden="true">{day.dayOfMonth}</span>
                          <span className="visually-hidden">
                            {dayName(day)}
                            {isToday && `, ${t('monthView.todayMarker')}`}
                          </span>
                        </p>
                        {meetings.length > 0 && <DayMeetings meetings={meetings} groupId={groupId} />}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {/* Narrow screens get the month's meeting days as a list instead of the seven columns. */}
      {inMonth.length > 0 && (
        <ol className="month__days">
          {weeks
            .flatMap((week) => week.days)
            .filter((day) => day.inMonth && byDay.has(day.date))
            .map((day) => (
              <li key={day.date}>
                <h3 className="month__day-heading">
                  {dayName(day)}
                  {day.date === today && ` (${t('monthView.todayMarker')})`}
                </h3>
                <DayMeetings meetings={byDay.get(day.date)!} groupId={groupId} />
              </li>
            ))}
        </ol>
      )}
      {data && inMonth.length === 0 && <p className="empty-state">{t('monthView.none')}</p>}
    </section>
  );
}
