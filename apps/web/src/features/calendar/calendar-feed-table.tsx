import { formatDateTime } from '@elinvoima/domain';
import { useI18n } from '../../i18n/i18n';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import type { CalendarFeeds } from './use-calendar-feeds';

/** The viewer's feeds, each with its calendar, when it was made, and a way to revoke it. */
export function CalendarFeedTable({ feeds }: { feeds: CalendarFeeds }) {
  const { t, locale } = useI18n();
  return (
    <table className="table table--stacked">
      <caption className="visually-hidden">{t('calendarFeeds.listCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('calendarFeeds.calendar')}</th>
          <th scope="col">{t('calendarFeeds.createdAt')}</th>
          <th scope="col">
            <span className="visually-hidden">{t('calendarFeeds.actions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {feeds.feeds.map((feed) => {
          const label = feeds.label(feed);
          return (
            <tr key={feed.id}>
              <th scope="row">{label}</th>
              <td data-label={t('calendarFeeds.createdAt')}>{formatDateTime(feed.createdAt, locale)}</td>
              <td>
                <ConfirmDialog
                  opener={{
                    label: (
                      <>
                        {t('calendarFeeds.revoke')}
                        <span className="visually-hidden"> – {label}</span>
                      </>
                    ),
                    className: 'button button--quiet',
                  }}
                  title={t('calendarFeeds.revokeTitle')}
                  confirmLabel={t('calendarFeeds.revoke')}
                  danger
                  onConfirm={() => void feeds.stop(feed)}
                >
                  <p>{t('calendarFeeds.confirmRevoke', { name: label })}</p>
                </ConfirmDialog>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
