import { useMutation, useQuery } from '@apollo/client/react';
import { formatDateTime } from '@elinvoima/domain';
import {
  CreateGroupCalendarFeedDocument,
  CreateMyCalendarFeedDocument,
  MyCalendarFeedsDocument,
  RevokeCalendarFeedDocument,
} from '@elinvoima/graphql';
import { type FormEvent, useId, useRef, useState } from 'react';
import { useI18n } from '../../i18n/i18n';
import { apiError } from '../../lib/errors';

interface GroupOption {
  id: string;
  name: string;
}

/**
 * Subscription addresses for calendar apps. The address is shown once, when made: only a hash
 * of its secret is kept, so a lost address is revoked and a new one made.
 */
export function CalendarFeedsPanel({ groups }: { groups: GroupOption[] }) {
  const { t, locale } = useI18n();
  const headingId = useId();
  const { data, loading } = useQuery(MyCalendarFeedsDocument);
  const refetchQueries = [{ query: MyCalendarFeedsDocument }];
  const [createMine, mine] = useMutation(CreateMyCalendarFeedDocument, { refetchQueries });
  const [createForGroup, forGroup] = useMutation(CreateGroupCalendarFeedDocument, { refetchQueries });
  const [revoke] = useMutation(RevokeCalendarFeedDocument, { refetchQueries });
  const [newUrl, setNewUrl] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  const [failure, setFailure] = useState('');
  const urlField = useRef<HTMLInputElement>(null);
  const groupName = (id: string | null | undefined) => groups.find((g) => g.id === id)?.name ?? t('calendarFeeds.formerGroup');

  async function create(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const scope = String(new FormData(event.currentTarget).get('scope') ?? '');
    setFailure('');
    setMessage('');
    try {
      const url =
        scope === 'mine'
          ? (await createMine()).data?.createMyCalendarFeed.url
          : (await createForGroup({ variables: { input: { groupId: scope } } })).data?.createGroupCalendarFeed.url;
      setNewUrl(url ?? null);
      setMessage(t('calendarFeeds.created'));
      requestAnimationFrame(() => urlField.current?.select());
    } catch (error) {
      setFailure(apiError(error)?.message ?? t('error.network'));
    }
  }

  async function copy() {
    if (!newUrl) return;
    try {
      await navigator.clipboard.writeText(newUrl);
      setMessage(t('calendarFeeds.copied'));
    } catch {
      urlField.current?.select();
      setMessage(t('calendarFeeds.copyManually'));
    }
  }

  async function stop(id: string, label: string) {
    if (!window.confirm(t('calendarFeeds.confirmRevoke', { name: label }))) return;
    setFailure('');
    try {
      await revoke({ variables: { input: { id } } });
      setMessage(t('calendarFeeds.revoked', { name: label }));
    } catch (error) {
      setFailure(apiError(error)?.message ?? t('error.network'));
    }
  }

  const feeds = data?.myCalendarFeeds ?? [];
  const busy = mine.loading || forGroup.loading;
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('calendarFeeds.title')}</h2>
      <p className="field__hint">{t('calendarFeeds.lead')}</p>
      <form className="form form--inline" onSubmit={create}>
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
      {newUrl && (
        <div className="field feed-url">
          <label htmlFor="feed-url">{t('calendarFeeds.address')}</label>
          <p className="field__hint" id="feed-url-hint">
            {t('calendarFeeds.shownOnce')}
          </p>
          <div className="feed-url__row">
            <input id="feed-url" ref={urlField} readOnly value={newUrl} aria-describedby="feed-url-hint" onFocus={(e) => e.currentTarget.select()} />
            <button type="button" className="button" onClick={copy}>
              {t('calendarFeeds.copy')}
            </button>
          </div>
        </div>
      )}
      {loading && !data ? null : feeds.length === 0 ? (
        <p className="empty-state">{t('calendarFeeds.none')}</p>
      ) : (
        <table className="table">
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
            {feeds.map((feed) => {
              const label = feed.kind === 'USER' ? t('calendarFeeds.mine') : groupName(feed.groupId);
              return (
                <tr key={feed.id}>
                  <th scope="row">{label}</th>
                  <td>{formatDateTime(feed.createdAt, locale)}</td>
                  <td>
                    <button type="button" className="button button--quiet" onClick={() => stop(feed.id, label)}>
                      {t('calendarFeeds.revoke')}
                      <span className="visually-hidden"> – {label}</span>
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
