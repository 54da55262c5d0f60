import { useQuery } from '@apollo/client/react';
import { formatDateTime } from '@elinvoima/domain';
import { MyGroupsDocument, type SearchQuery, SearchDocument } from '@elinvoima/graphql';
import { type FormEvent, useEffect, useId, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useI18n } from '../../i18n/i18n';
import { apiError, fieldMessage } from '../../lib/errors';
import { usePageTitle } from '../../ui/page-title';
import { TextField } from '../../ui/text-field';
import { searchHref } from './search-href';
import { parseSnippet } from './snippet';
import './search.css';

const LIMIT = 50;
type Hit = SearchQuery['search'][number];

/** The matched words marked; the snippet is turned into text parts, never into HTML. */
function Snippet({ snippet }: { snippet: string }) {
  return (
    <p className="search-result__snippet">
      {parseSnippet(snippet).map((part, i) => (part.marked ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))}
    </p>
  );
}

function Result({ hit, groupName }: { hit: Hit; groupName: string | undefined }) {
  const { t, locale } = useI18n();
  return (
    <li className="search-result">
      <h2 className="search-result__title">
        <Link to={`/ryhmat/${hit.groupId}/kokoukset/${hit.meetingId}`}>{hit.title}</Link>
      </h2>
      <p className="search-result__meta">
        <span className="search-result__kind">{t(`search.kind.${hit.kind}`)}</span>
        {hit.kind === 'AGENDA_ITEM' && ` · ${hit.meetingTitle}`} · {formatDateTime(hit.startsAt, locale)}
        {groupName && ` · ${groupName}`}
      </p>
      <Snippet snippet={hit.snippet} />
    </li>
  );
}

/** `/haku?q=…&ryhma=…`: meetings and agenda items the viewer may see, best matches first. */
export function SearchPage() {
  const { t } = useI18n();
  const ids = { scope: useId() };
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const query = (params.get('q') ?? '').trim();
  const groupId = params.get('ryhma') ?? '';
  usePageTitle(query ? `${t('search.title')}: ${query}` : t('search.title'));
  const { data: groups } = useQuery(MyGroupsDocument);
  const { data, loading, error } = useQuery(SearchDocument, {
    variables: { query, groupId: groupId || null, limit: LIMIT },
    skip: !query,
    fetchPolicy: 'cache-and-network',
  });
  const [text, setText] = useState(query);
  useEffect(() => setText(query), [query]);

  const groupName = (id: string) => groups?.myGroups.find((g) => g.id === id)?.name;
  const hits = query && data ? data.search : [];
  const failure = query ? apiError(error) : null;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    navigate(searchHref(text, String(form.get('ryhma') ?? '')));
  }

  let summary = '';
  if (query && loading && !data) summary = t('search.searching');
  else if (query && data) summary = hits.length === 1 ? t('search.countOne', { query }) : t('search.countMany', { count: hits.length, query });

  return (
    <article className="search-page">
      <header className="page-header">
        <h1>{t('search.title')}</h1>
        <p className="lead">{t('search.intro')}</p>
      </header>
      <section className="panel">
        <form role="search" aria-label={t('search.options')} onSubmit={submit} noValidate className="form form--inline search-form">
          <div className="form-row">
            <TextField
              name="q"
              type="search"
              label={t('search.field')}
              value={text}
              onChange={(e) => setText(e.target.value)}
              maxLength={200}
              autoComplete="off"
              error={fieldMessage(failure, 'query')}
            />
            {(groups?.myGroups.length ?? 0) > 1 && (
              <div className="field">
                <label htmlFor={ids.scope}>{t('search.scope')}</label>
                <select id={ids.scope} name="ryhma" defaultValue={groupId} key={groupId}>
                  <option value="">{t('search.allGroups')}</option>
                  {groups!.myGroups.map((g) => (
                    <option key={g.id} value={g.id}>
                      {g.name}
                    </option>
                  ))}
                </select>
              </div>
            )}
          </div>
          <button type="submit" className="button button--primary">
            {t('search.submit')}
          </button>
        </form>
      </section>
      <p role="status" aria-live="polite" className="search-page__summary">
        {summary}
      </p>
      {failure && !failure.fields.length && (
        <p className="notice notice--error" role="alert">
          {failure.message}
        </p>
      )}
      {error && !failure && (
        <p className="notice notice--error" role="alert">
          {t('error.network')}
        </p>
      )}
      {query && data && hits.length === 0 && (
        <div className="empty-state">
          <p>{t('search.none', { query })}</p>
          <p>{t('search.noneHint')}</p>
        </div>
      )}
      {hits.length > 0 && (
        <ol className="search-results">
          {hits.map((hit) => (
            <Result key={`${hit.meetingId}-${hit.agendaItemId ?? ''}`} hit={hit} groupName={groupName(hit.groupId)} />
          ))}
        </ol>
      )}
      {hits.length === LIMIT && <p className="muted">{t('search.limited', { count: LIMIT })}</p>}
    </article>
  );
}
