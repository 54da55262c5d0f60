import { formatDateTime } from '@elinvoima/domain';
import type { SearchQuery } from '@elinvoima/graphql';
import { useId } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../i18n/i18n';
import { fieldMessage } from '../../lib/errors';
import { ErrorNotice } from '../../ui/notice';
import { usePageTitle } from '../../ui/page-title';
import { TextField } from '../../ui/text-field';
import { parseSnippet } from './snippet';
import { SEARCH_LIMIT, useSearch } from './use-search';
import './search.css';

type Hit = SearchQuery['search'][number];

/** The matched words marked; the snippet is turned into text parts, never into HTML. */
function Snippet({ snippet }: { snippet: string }) {
  return (
    <p className="search-result__snippet">
      {parseSnippet(snippet).map((part, i) =>
        part.marked ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>,
      )}
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

/** Where the search looked, with the one-click way to the other scope. */
function SearchScopeLine({ search }: { search: ReturnType<typeof useSearch> }) {
  const { t } = useI18n();
  const group = search.contextGroup;
  if (!group || !search.otherScopeHref) return null;
  return (
    <p className="search-page__scope">
      {search.allGroups ? t('search.scopeAll') : t('search.scopeGroup', { group: group.name })}{' '}
      <Link to={search.otherScopeHref}>
        {search.allGroups ? t('search.narrow', { group: group.name }) : t('search.widen')}
      </Link>
    </p>
  );
}

/** `/haku?q=…&ryhma=…`: meetings and agenda items the viewer may see, best matches first. */
export function SearchPage() {
  const { t } = useI18n();
  const scopeId = useId();
  const search = useSearch();
  const { query, hits, failure } = search;
  usePageTitle(query ? `${t('search.title')}: ${query}` : t('search.title'));
  const scopeValue = search.allGroups ? '' : search.groupId;
  return (
    <article className="search-page">
      <header className="page-header">
        <h1>{t('search.title')}</h1>
        <p className="lead">{t('search.intro')}</p>
      </header>
      <section className="panel">
        <form
          role="search"
          aria-label={t('search.options')}
          onSubmit={search.submit}
          noValidate
          className="form form--inline search-form"
        >
          <div className="form-row">
            <TextField
              name="q"
              type="search"
              label={t('search.field')}
              value={search.text}
              onChange={(e) => search.setText(e.target.value)}
              maxLength={200}
              autoComplete="off"
              error={fieldMessage(failure, 'query')}
            />
            {search.groups.length > 1 && (
              <div className="field">
                <label htmlFor={scopeId}>{t('search.scope')}</label>
                <select id={scopeId} name="ryhma" defaultValue={scopeValue} key={scopeValue}>
                  <option value="">{t('search.allGroups')}</option>
                  {search.groups.map((g) => (
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
        {search.summary}
      </p>
      {query && <SearchScopeLine search={search} />}
      {failure && !failure.fields.length && <ErrorNotice>{failure.message}</ErrorNotice>}
      {search.networkFailed && <ErrorNotice>{t('error.network')}</ErrorNotice>}
      {search.answered && hits.length === 0 && (
        <div className="empty-state">
          <p>{t('search.none', { query })}</p>
          <p>{t('search.noneHint')}</p>
        </div>
      )}
      {hits.length > 0 && (
        <ol className="search-results">
          {hits.map((hit) => (
            <Result
              key={`${hit.meetingId}-${hit.agendaItemId ?? ''}`}
              hit={hit}
              groupName={search.groupName(hit.groupId)}
            />
          ))}
        </ol>
      )}
      {hits.length === SEARCH_LIMIT && <p className="muted">{t('search.limited', { count: SEARCH_LIMIT })}</p>}
    </article>
  );
}
