import { useId } from 'react';
import { useI18n } from '../../i18n/i18n';
import { CalendarFeedTable } from './calendar-feed-table';
import { type CalendarFeeds, type GroupOption, useCalendarFeeds } from './use-calendar-feeds';

/**
 * Subscription addresses for calendar apps. The address is shown once, when made: only a hash
 * of its secret is kept, so a lost address is revoked and a new one made.
 */
export function CalendarFeedsPanel({ groups }: { groups: GroupOption[] }) {
  const { t } = useI18n();
  const headingId = useId();
  const feeds = useCalendarFeeds(groups);
  const { busy, message, failure } = feeds;
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('calendarFeeds.title')}</h2>
      <p className="field__hint">{t('calendarFeeds.lead')}</p>
      <form className="form form--inline" onSubmit={feeds.create}>
        <div className="field">
          <label htmlFor="feed-scope">{t('calendarFeeds.scope')}</label>
          <select id="feed-scope" name="scope" defaultValue="mine">
            <option value="mine">{t('calendarFeeds.mine')}</option>
            {groups.map((group) => (
              <option key={group.id} value={group.id}>
                {group.name}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button button--primary" disabled={busy} aria-busy={busy}>
          {busy ? t('calendarFeeds.creating') : t('calendarFeeds.create')}
        </button>
      </form>
      <div role="status" aria-live="polite">
        {message && <p className="notice notice--success">{message}</p>}
      </div>
      {failure && (
        <p className="notice notice--error" role="alert">
          {failure}
        </p>
      )}
      {feeds.newUrl && <NewFeedAddress feeds={feeds} url={feeds.newUrl} />}
      {feeds.listed &&
        (feeds.feeds.length === 0 ? (
          <p className="empty-state">{t('calendarFeeds.none')}</p>
        ) : (
          <CalendarFeedTable feeds={feeds} />
        ))}
    </section>
  );
}

/** The new feed's address, shown this once, to copy into a calendar app. */
function NewFeedAddress({ feeds, url }: { feeds: CalendarFeeds; url: string }) {
  const { t } = useI18n();
  return (
    <div className="field feed-url">
      <label htmlFor="feed-url">{t('calendarFeeds.address')}</label>
      <p className="field__hint" id="feed-url-hint">
        {t('calendarFeeds.shownOnce')}
      </p>
      <div className="feed-url__row">
        <input
          id="feed-url"
          ref={feeds.urlField}
          readOnly
          value={url}
          aria-describedby="feed-url-hint"
          onFocus={(e) => e.currentTarget.select()}
        />
        <button type="button" className="button" onClick={feeds.copy}>
          {t('calendarFeeds.copy')}
        </button>
      </div>
    </div>
  );
}
