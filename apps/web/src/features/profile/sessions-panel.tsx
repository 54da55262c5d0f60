import { formatDateTime } from '@elinvoima/domain';
import { useMutation, useQuery } from '@apollo/client/react';
import { EndOtherSessionsDocument, EndSessionDocument, MySessionsDocument } from '@elinvoima/graphql';
import { useId, useState } from 'react';
import { useI18n } from '../../i18n/i18n';
import { apiError } from '../../lib/errors';
import { Loading } from '../../ui/loading';

/** Where the viewer is signed in, with this device marked; the others can be ended one by one or together. */
export function SessionsPanel() {
  const { t, locale } = useI18n();
  const headingId = useId();
  const { data, loading, error } = useQuery(MySessionsDocument, { fetchPolicy: 'cache-and-network' });
  const refetchQueries = [{ query: MySessionsDocument }];
  const [endOne, ending] = useMutation(EndSessionDocument, { refetchQueries, awaitRefetchQueries: true });
  const [endOthers, endingOthers] = useMutation(EndOtherSessionsDocument, {
    refetchQueries,
    awaitRefetchQueries: true,
  });
  const [message, setMessage] = useState('');
  const [failure, setFailure] = useState('');

  async function run(action: () => Promise<string>) {
    setMessage('');
    setFailure('');
    try {
      setMessage(await action());
    } catch (problem) {
      setFailure(apiError(problem)?.message ?? t('error.network'));
    }
  }

  const sessions = data?.mySessions ?? [];
  const others = sessions.filter((s) => !s.current);
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('sessions.title')}</h2>
      <p className="field__hint">{t('sessions.lead')}</p>
      <div role="status" aria-live="polite">
        {message && <p className="notice notice--success">{message}</p>}
      </div>
      <div role="alert">
        {(failure || (error && !data)) && <p className="notice notice--error">{failure || t('error.generic')}</p>}
      </div>
      {loading && !data ? (
        <Loading />
      ) : (
        <>
          <ul className="session-list" aria-label={t('sessions.caption')}>
            {sessions.map((session) => {
              const signedIn = formatDateTime(session.createdAt, locale);
              return (
                <li
                  key={session.id}
                  className={`session-list__item${session.current ? ' session-list__item--current' : ''}`}
                >
                  <p className="session-list__device">
                    {session.current ? t('sessions.thisDevice') : t('sessions.otherDevice')}
                  </p>
                  <dl className="session-list__facts">
                    <dt>{t('sessions.signedIn')}</dt>
                    <dd>{signedIn}</dd>
                    <dt>{t('sessions.lastSeen')}</dt>
                    <dd>{formatDateTime(session.lastSeenAt, locale)}</dd>
                  </dl>
                  {!session.current && (
                    <button
                      type="button"
                      className="button button--quiet"
                      disabled={ending.loading}
                      onClick={() =>
                        run(async () => {
                          await endOne({ variables: { id: session.id } });
                          return t('sessions.ended');
                        })
                      }
                    >
                      {t('sessions.end')}
                      <span className="visually-hidden"> – {t('sessions.endLabel', { when: signedIn })}</span>
                    </button>
                  )}
                </li>
              );
            })}
          </ul>
          {others.length === 0 ? (
            <p className="empty-state">{t('sessions.onlyThis')}</p>
          ) : (
            <div className="toolbar toolbar--small">
              <button
                type="button"
                className="button button--quiet"
                disabled={endingOthers.loading}
                aria-busy={endingOthers.loading}
                onClick={() =>
                  run(async () => {
                    const result = await endOthers();
                    return t('sessions.endedOthers', { count: result.data?.endOtherSessions ?? 0 });
                  })
                }
              >
                {endingOthers.loading ? t('sessions.ending') : t('sessions.endOthers')}
              </button>
            </div>
          )}
        </>
      )}
    </section>
  );
}
