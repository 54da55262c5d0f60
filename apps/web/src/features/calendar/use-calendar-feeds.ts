import { useMutation, useQuery } from '@apollo/client/react';
import {
  CreateGroupCalendarFeedDocument,
  CreateMyCalendarFeedDocument,
  MyCalendarFeedsDocument,
  type MyCalendarFeedsQuery,
  RevokeCalendarFeedDocument,
} from '@elinvoima/graphql';
import { type FormEvent, useRef, useState } from 'react';
import { useI18n } from '../../i18n/i18n';
import { apiError } from '../../lib/errors';

export interface GroupOption {
  id: string;
  name: string;
}

export type CalendarFeed = MyCalendarFeedsQuery['myCalendarFeeds'][number];

/** The viewer's calendar feeds: making one shows its address once. */
export function useCalendarFeeds(groups: GroupOption[]) {
  const { t } = useI18n();
  const { data, loading } = useQuery(MyCalendarFeedsDocument);
  const refetchQueries = [{ query: MyCalendarFeedsDocument }];
  const [createMine, mine] = useMutation(CreateMyCalendarFeedDocument, { refetchQueries });
  const [createForGroup, forGroup] = useMutation(CreateGroupCalendarFeedDocument, { refetchQueries });
  const [revoke] = useMutation(RevokeCalendarFeedDocument, { refetchQueries });
  const [newUrl, setNewUrl] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  const [failure, setFailure] = useState('');
  const urlField = useRef<HTMLInputElement>(null);

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

  /** Revokes the feed; the table has asked first. */
  async function stop(feed: CalendarFeed) {
    const name = label(feed);
    setFailure('');
    try {
      await revoke({ variables: { input: { id: feed.id } } });
      setMessage(t('calendarFeeds.revoked', { name }));
    } catch (error) {
      setFailure(apiError(error)?.message ?? t('error.network'));
    }
  }

  /** A group feed is named after its group; one the viewer has left is a former group's. */
  function label(feed: CalendarFeed): string {
    if (feed.kind === 'USER') return t('calendarFeeds.mine');
    return groups.find((g) => g.id === feed.groupId)?.name ?? t('calendarFeeds.formerGroup');
  }

  return {
    feeds: data?.myCalendarFeeds ?? [],
    listed: !(loading && !data),
    busy: mine.loading || forGroup.loading,
    newUrl,
    urlField,
    message,
    failure,
    create,
    copy,
    stop,
    label,
  };
}

export type CalendarFeeds = ReturnType<typeof useCalendarFeeds>;
