import { useQuery } from '@apollo/client/react';
import { MyGroupsDocument, SearchDocument } from '@elinvoima/graphql';
import { type FormEvent, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { useI18n } from '../../i18n/i18n';
import { apiError } from '../../lib/errors';
import { searchHref } from './search-href';

export const SEARCH_LIMIT = 50;

/** `/haku?q=…&ryhma=…`: the query lives in the address; the field follows it when it changes. */
export function useSearch() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const query = (params.get('q') ?? '').trim();
  const groupId = params.get('ryhma') ?? '';
  const { data: groups } = useQuery(MyGroupsDocument);
  const { data, loading, error } = useQuery(SearchDocument, {
    variables: { query, groupId: groupId || null, limit: SEARCH_LIMIT },
    skip: !query,
    fetchPolicy: 'cache-and-network',
  });
  const [text, setText] = useState(query);
  const [textFor, setTextFor] = useState(query);
  if (query !== textFor) {
    setTextFor(query);
    setText(query);
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    navigate(searchHref(text, String(form.get('ryhma') ?? '')));
  }

  const hits = query && data ? data.search : [];
  let summary = '';
  if (query && loading && !data) summary = t('search.searching');
  else if (query && data)
    summary =
      hits.length === 1 ? t('search.countOne', { query }) : t('search.countMany', { count: hits.length, query });

  return {
    query,
    groupId,
    groups: groups?.myGroups ?? [],
    groupName: (id: string) => groups?.myGroups.find((g) => g.id === id)?.name,
    text,
    setText,
    submit,
    hits,
    summary,
    answered: Boolean(query && data),
    failure: query ? apiError(error) : null,
    networkFailed: Boolean(error) && !(query && apiError(error)),
  };
}
