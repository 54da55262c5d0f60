import { useQuery } from '@apollo/client/react';
import { HeldAccountMailDocument } from '@elinvoima/graphql';
import { useI18n } from '../../i18n/i18n';
import { apiError } from '../../lib/errors';
import { OutboxItem } from '../mail/outbox-item';
import '../mail/outbox.css';
import { Loading } from '../../ui/loading';
import { usePageTitle } from '../../ui/page-title';

/** Held password reset links, for an organization admin to forward when no mail server is configured. */
export function AccountMailPage() {
  const { t } = useI18n();
  usePageTitle(t('accountMail.title'));
  const { data, loading, error } = useQuery(HeldAccountMailDocument, { fetchPolicy: 'cache-and-network' });

  if (loading && !data) return <Loading />;
  if (!data) {
    const code = apiError(error)?.code;
    return (
      <p className="notice notice--error" role="alert">
        {code === 'FORBIDDEN'
          ? t('accountMail.forbidden')
          : t(error && !apiError(error) ? 'error.network' : 'error.generic')}
      </p>
    );
  }
  const messages = data.heldAccountMail;
  return (
    <article>
      <header className="page-header">
        <h1>{t('accountMail.title')}</h1>
        <p className="page-header__meta">{t('accountMail.lead')}</p>
      </header>
      {messages.length === 0 ? (
        <p className="empty-state">{t('accountMail.empty')}</p>
      ) : (
        <ul className="outbox">
          {messages.map((message) => (
            <OutboxItem key={message.id} message={message} />
          ))}
        </ul>
      )}
    </article>
  );
}
