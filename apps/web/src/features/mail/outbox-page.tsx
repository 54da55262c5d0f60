import { useQuery } from '@apollo/client/react';
import { formatDateTime } from '@elinvoima/domain';
import { OutboxDocument, type OutboxQuery } from '@elinvoima/graphql';
import { Link, useParams } from 'react-router';
import { useI18n } from '../../i18n/i18n';
import { apiError } from '../../lib/errors';
import { Loading } from '../../ui/loading';
import { NotFoundPage } from '../../ui/not-found-page';
import { usePageTitle } from '../../ui/page-title';

type Message = OutboxQuery['outbox']['messages'][number];

/** The secretary's view of what the members were sent, or what waits because no mail server is set. */
export function OutboxPage() {
  const { groupId = '' } = useParams();
  const { t, locale } = useI18n();
  usePageTitle(t('outbox.title'));
  const { data, loading, error } = useQuery(OutboxDocument, {
    variables: { groupId },
    fetchPolicy: 'cache-and-network',
  });

  if (loading && !data) return <Loading />;
  if (!data) {
    const code = apiError(error)?.code;
    if (code === 'NOT_FOUND' || code === 'BAD_USER_INPUT') return <NotFoundPage />;
    return (
      <p className="notice notice--error" role="alert">
        {code === 'FORBIDDEN'
          ? t('outbox.forbidden')
          : t(error && !apiError(error) ? 'error.network' : 'error.generic')}
      </p>
    );
  }

  const { sending, messages } = data.outbox;
  return (
    <article>
      <header className="page-header">
        <h1>{t('outbox.title')}</h1>
        <p className="page-header__meta">{t('outbox.lead')}</p>
      </header>
      {!sending && (
        <div className="notice notice--info">
          <p>{t('outbox.notSending')}</p>
        </div>
      )}
      {messages.length === 0 ? (
        <p className="empty-state">{t('outbox.empty')}</p>
      ) : (
        <ul className="outbox">
          {messages.map((message) => (
            <OutboxItem
              key={message.id}
              message={message}
              groupId={groupId}
              when={formatDateTime(message.createdAt, locale)}
            />
          ))}
        </ul>
      )}
    </article>
  );
}

/** One message, opened to show its text; also used for held password mail. */
export function OutboxItem({ message, groupId, when }: { message: Message; groupId?: string; when: string }) {
  const { t, locale } = useI18n();
  return (
    <li className="outbox__item">
      <details>
        <summary>
          <span className="outbox__subject">{message.subject}</span>
          <span className="outbox__meta">
            {t('outbox.to', { name: message.recipientName || message.recipientEmail })} · {when}{' '}
            <span className={`badge badge--outbox-${message.status.toLowerCase()}`}>
              {t(`outbox.status.${message.status}`)}
            </span>
          </span>
        </summary>
        <dl className="outbox__facts">
          <dt>{t('outbox.recipient')}</dt>
          <dd>
            {message.recipientName} &lt;{message.recipientEmail}&gt;
          </dd>
          <dt>{t('outbox.kind')}</dt>
          <dd>{t(`outbox.kind.${message.kind}`)}</dd>
          {message.sentAt && (
            <>
              <dt>{t('outbox.sentAt')}</dt>
              <dd>{formatDateTime(message.sentAt, locale)}</dd>
            </>
          )}
          {message.lastError && (
            <>
              <dt>{t('outbox.lastError', { attempts: message.attempts })}</dt>
              <dd>{message.lastError}</dd>
            </>
          )}
        </dl>
        <pre className="outbox__body">{message.textBody}</pre>
        {message.meetingId && groupId && (
          <Link to={`/ryhmat/${groupId}/kokoukset/${message.meetingId}`}>{t('outbox.openMeeting')}</Link>
        )}
      </details>
    </li>
  );
}
