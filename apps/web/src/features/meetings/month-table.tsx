import { useI18n } from '../../i18n/i18n';
import { weekdayLabels } from '../../lib/month-grid';
import { DayMeetings, useDayName } from './day-meetings';
import type { MonthMeetings } from './use-month-meetings';

interface Props {
  meetings: MonthMeetings;
  groupId: string;
  /** The month's name, for the table's caption. */
  label: string;
  /** YYYY-MM-DD in Helsinki */
  today: string;
}

/** The month's weeks as rows headed by their number, Monday to Sunday as columns, today marked. */
export function MonthTable({ meetings, groupId, label, today }: Props) {
  const { t, locale } = useI18n();
  const dayName = useDayName();
  return (
    <div className="month__scroll">
      <table className="month__table" aria-busy={meetings.loading}>
        <caption className="visually-hidden">{t('monthView.caption', { month: label })}</caption>
        <thead>
          <tr>
            <th scope="col" className="month__week">
              <abbr title={t('monthView.weekFull')}>{t('monthView.week')}</abbr>
            </th>
            {weekdayLabels(locale).map((day) => (
              <th scope="col" key={day.full}>
                <abbr title={day.full}>{day.short}</abbr>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {meetings.weeks.map((week) => (
            <tr key={week.number}>
              <th scope="row" className="month__week">
                <span className="visually-hidden">{t('monthView.weekFull')} </span>
                {week.number}
              </th>
              {week.days.map((day) => {
                const onDay = meetings.byDay.get(day.date) ?? [];
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
                    {onDay.length > 0 && <DayMeetings meetings={onDay} groupId={groupId} />}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
