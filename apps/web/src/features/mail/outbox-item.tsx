import { formatDateTime, type Locale } from '@elinvoima/domain';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { type MessageKey, useI18n } from '../../i18n/i18n';
import type { OutboxMessage } from './use-outbox';

/** What happened to the message, in one sentence: held and why, queued, sent when, failed and why. */
export function stateOf(
  message: OutboxMessage,
  sending: boolean,
  t: (key: MessageKey, params?: Record<string, string | number>) => string,
  locale: Locale,
): string {
  const reason = message.failure ? t(`outbox.failure.${message.failure}`) : '';
  switch (message.status) {
    case 'HELD':
      return t(sending ? 'outbox.state.HELD.sending' : 'outbox.state.HELD');
    case 'PENDING':
      return message.attempts > 0 && reason
        ? t('outbox.state.PENDING.retry', {
            attempts: message.attempts,
            reason,
            when: formatDateTime(message.nextAttemptAt, locale),
          })
        : t('outbox.state.PENDING');
    case 'SENT':
      return t('outbox.state.SENT', { when: formatDateTime(message.sentAt ?? message.createdAt, locale) });
    case 'FAILED':
      return t('outbox.state.FAILED', { attempts: message.attempts, reason: reason || t('outbox.failure.OTHER') });
  }
}

/** One message, opened to show its text; also used for held password mail. */
export function OutboxItem({
  message,
  groupId,
  sending = false,
  actions,
}: {
  message: OutboxMessage;
  groupId?: string;
  sending?: boolean;
  /** Downloads and sending, beside the message rather than inside its disclosure. */
  actions?: ReactNode;
}) {
  const { t, locale } = useI18n();
  return (
    <li className="outbox__item">
      <details>
        <summary>
          <span className="outbox__subject">{message.subject}</span>
          <span className="outbox__meta">
            {t('outbox.to', { name: message.recipientName || message.recipientEmail })} ·{' '}
            {formatDateTime(message.createdAt, locale)}{' '}
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
          {message.lastError && (
            <>
              <dt>{t('outbox.serverSaid')}</dt>
              <dd>{message.lastError}</dd>
            </>
          )}
        </dl>
        <pre className="outbox__body">{message.textBody}</pre>
        {message.meetingId && groupId && (
          <Link to={`/ryhmat/${groupId}/kokoukset/${message.meetingId}`}>{t('outbox.openMeeting')}</Link>
        )}
      </details>
      <p className={`outbox__state outbox__state--${message.status.toLowerCase()}`}>
        {stateOf(message, sending, t, locale)}
      </p>
      {actions}
    </li>
  );
}
