import { todayInHelsinki } from '@elinvoima/domain';
import { Link } from 'react-router';
import { useI18n } from '../../i18n/i18n';
import { ErrorNotice } from '../../ui/notice';
import { DayMeetings, useDayName } from './day-meetings';
import { monthLabel, monthOf, shiftMonth } from '../../lib/month-grid';
import { MonthTable } from './month-table';
import { useMonthMeetings } from './use-month-meetings';
import './meetings.css';

interface Props {
  groupId: string;
  /** YYYY-MM */
  month: string;
  /** The address of another month of this view. */
  monthHref(month: string): string;
}

/** A month of the group's meetings, with the way to the months before and after. */
export function MonthView({ groupId, month, monthHref }: Props) {
  const { t, locale } = useI18n();
  const meetings = useMonthMeetings(groupId, month);
  const dayName = useDayName();
  const today = todayInHelsinki();
  const label = monthLabel(month, locale);
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
      {meetings.failed ? (
        <ErrorNotice>{t('monthView.error')}</ErrorNotice>
      ) : (
        <MonthTable meetings={meetings} groupId={groupId} label={label} today={today} />
      )}
      {/* Narrow screens get the month's meeting days as a list instead of the seven columns. */}
      {meetings.inMonth > 0 && (
        <ol className="month__days">
          {meetings.weeks
            .flatMap((week) => week.days)
            .filter((day) => day.inMonth && meetings.byDay.has(day.date))
            .map((day) => (
              <li key={day.date}>
                <h3 className="month__day-heading">
                  {dayName(day)}
                  {day.date === today && ` (${t('monthView.todayMarker')})`}
                </h3>
                <DayMeetings meetings={meetings.byDay.get(day.date) ?? []} groupId={groupId} />
              </li>
            ))}
        </ol>
      )}
      {meetings.loaded && meetings.inMonth === 0 && <p className="empty-state">{t('monthView.none')}</p>}
    </section>
  );
}
