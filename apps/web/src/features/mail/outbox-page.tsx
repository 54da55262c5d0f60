import { formatDateTime } from '@elinvoima/domain';
import { useParams } from 'react-router';
import { useI18n } from '../../i18n/i18n';
import { apiError } from '../../lib/errors';
import { Loading } from '../../ui/loading';
import { ErrorNotice } from '../../ui/notice';
import { NotFoundPage } from '../../ui/not-found-page';
import { usePageTitle } from '../../ui/page-title';
import { OutboxItem } from './outbox-item';
import { batchesOf, isUnsent, type MessageBatch, type OutboxMessage, useOutbox } from './use-outbox';
import './outbox.css';

type Outbox = ReturnType<typeof useOutbox>;

/**
 * The secretary's view of what the members were sent. Without a mail server it is where the
 * messages wait, to be downloaded and sent by hand; with one, what is unsent can be sent from here.
 */
export function OutboxPage() {
  const { groupId = '' } = useParams();
  const { t } = useI18n();
  usePageTitle(t('outbox.title'));
  const outbox = useOutbox(groupId);
  const { data, loading, error } = outbox;

  if (loading && !data) return <Loading />;
  if (!data) {
    const code = apiError(error)?.code;
    if (code === 'NOT_FOUND' || code === 'BAD_USER_INPUT') return <NotFoundPage />;
    return (
      <ErrorNotice>
        {code === 'FORBIDDEN'
          ? t('outbox.forbidden')
          : t(error && !apiError(error) ? 'error.network' : 'error.generic')}
      </ErrorNotice>
    );
  }

  const { sending, messages, meetings } = data.outbox;
  const unsent = messages.filter(isUnsent).length;
  return (
    <article className="outbox-page">
      <header className="page-header">
        <h1>{t('outbox.title')}</h1>
        <p className="page-header__meta">{t('outbox.lead')}</p>
      </header>
      {sending ? (
        <div className="notice notice--info outbox-page__server">
          <p>{t('outbox.sendingOn')}</p>
          {unsent > 0 && (
            <button
              type="button"
              className="button button--primary"
              onClick={() => void outbox.sendAll()}
              disabled={outbox.busy !== null}
              aria-busy={outbox.busy === groupId}
            >
              {t('outbox.sendAll', { count: unsent })}
            </button>
          )}
        </div>
      ) : (
        <div className="notice notice--info outbox-page__server">
          <p>{t('outbox.notSending')}</p>
          <ol>
            <li>{t('outbox.howTo.download')}</li>
            <li>{t('outbox.howTo.open')}</li>
            <li>{t('outbox.howTo.send')}</li>
          </ol>
        </div>
      )}
      <div role="status" aria-live="polite" className="outbox-page__status">
        {outbox.status && <p className="notice notice--success">{outbox.status}</p>}
      </div>
      {outbox.error && <ErrorNotice>{outbox.error}</ErrorNotice>}
      {messages.length === 0 ? (
        <p className="empty-state">{t('outbox.empty')}</p>
      ) : (
        batchesOf(messages, meetings).map((batch) => (
          <Batch
            key={batch.meeting?.id ?? 'accounts'}
            batch={batch}
            outbox={outbox}
            groupId={groupId}
            sending={sending}
          />
        ))
      )}
    </article>
  );
}

/** A meeting's messages under its name, with what can be done with all of them at once. */
function Batch({
  batch,
  outbox,
  groupId,
  sending,
}: {
  batch: MessageBatch;
  outbox: Outbox;
  groupId: string;
  sending: boolean;
}) {
  const { t, locale } = useI18n();
  const { meeting, messages } = batch;
  const headingId = `outbox-${meeting?.id ?? 'accounts'}`;
  const held = messages.filter((m) => m.status === 'HELD').length;
  const unsent = messages.filter(isUnsent).length;
  return (
    <section className="outbox-batch" aria-labelledby={headingId}>
      <h2 id={headingId} className="outbox-batch__title">
        {meeting ? `${meeting.title}, ${formatDateTime(meeting.startsAt, locale)}` : t('outbox.signInInvitations')}
      </h2>
      {meeting && ((!sending && held > 0) || (sending && unsent > 0)) && (
        <div className="toolbar toolbar--small">
          {!sending && held > 0 && (
            <a className="button button--quiet" href={`/meetings/${meeting.id}/held-mail.zip`} download>
              {t('outbox.downloadMeeting', { count: held })}
            </a>
          )}
          {sending && unsent > 0 && (
            <button
              type="button"
              className="button button--quiet"
              onClick={() => void outbox.sendMeeting(meeting.id)}
              disabled={outbox.busy !== null}
              aria-busy={outbox.busy === meeting.id}
            >
              {t('outbox.sendMeeting', { count: unsent })}
            </button>
          )}
        </div>
      )}
      <ul className="outbox">
        {messages.map((message) => (
          <OutboxItem
            key={message.id}
            message={message}
            groupId={groupId}
            sending={sending}
            actions={<MessageActions message={message} outbox={outbox} sending={sending} />}
          />
        ))}
      </ul>
    </section>
  );
}

function MessageActions({ message, outbox, sending }: { message: OutboxMessage; outbox: Outbox; sending: boolean }) {
  const { t } = useI18n();
  const canSend = sending && isUnsent(message);
  if (!message.downloadable && !canSend) return null;
  const recipient = (
    <span className="visually-hidden">
      {' '}
      {t('outbox.recipientSuffix', { name: message.recipientName || message.recipientEmail })}
    </span>
  );
  return (
    <div className="toolbar toolbar--small outbox__actions">
      {canSend && (
        <button
          type="button"
          className="button button--quiet"
          onClick={() => void outbox.send(message)}
          disabled={outbox.busy !== null}
          aria-busy={outbox.busy === message.id}
        >
          {t(message.status === 'FAILED' ? 'outbox.resend' : 'outbox.send')}
          {recipient}
        </button>
      )}
      {message.downloadable && (
        <a className="button button--quiet" href={`/outbox-messages/${message.id}/message.eml`} download>
          {t('outbox.downloadEml')}
          {recipient}
        </a>
      )}
      {message.downloadable && message.hasCalendar && (
        <a className="button button--quiet" href={`/outbox-messages/${message.id}/calendar.ics`} download>
          {t('outbox.downloadIcs')}
          {recipient}
        </a>
      )}
    </div>
  );
}
