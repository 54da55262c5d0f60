import { useQuery } from '@apollo/client/react';
import { MyGroupsDocument, SearchDocument } from '@elinvoima/graphql';
import { type FormEvent, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { useI18n } from '../../i18n/i18n';
import { apiError } from '../../lib/errors';
import { searchHref, searchScope } from './search-href';

export const SEARCH_LIMIT = 50;

/**
 * `/haku?q=…&ryhma=…(&laajuus=kaikki)`: the query and its scope live in the address; the field follows
 * it when it changes. The group searched from stays the frame's group whether the search is narrowed
 * to it or widened to all the person's groups.
 */
export function useSearch() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const query = (params.get('q') ?? '').trim();
  const { groupId, allGroups } = searchScope(params);
  const { data: groups } = useQuery(MyGroupsDocument);
  const { data, loading, error } = useQuery(SearchDocument, {
    variables: { query, groupId: allGroups ? null : groupId, limit: SEARCH_LIMIT },
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
    const chosen = form.get('ryhma');
    // A search form without the choice (a person in one group) keeps the scope it has.
    if (chosen === null) navigate(searchHref(text, { groupId, allGroups }));
    else if (chosen === '') navigate(searchHref(text, { groupId, allGroups: true }));
    else navigate(searchHref(text, { groupId: String(chosen) }));
  }

  const hits = query && data ? data.search : [];
  let summary = '';
  if (query && loading && !data) summary = t('search.searching');
  else if (query && data)
    summary =
      hits.length === 1 ? t('search.countOne', { query }) : t('search.countMany', { count: hits.length, query });

  const myGroups = groups?.myGroups ?? [];
  const contextGroup = myGroups.find((g) => g.id === groupId);
  return {
    query,
    groupId,
    allGroups,
    /** The group searched from, when it is one of the person's. */
    contextGroup,
    /** Narrowing to the group searched from, or widening to all groups, for the same words. */
    otherScopeHref: contextGroup && myGroups.length > 1 ? searchHref(query, { groupId, allGroups: !allGroups }) : null,
    groups: myGroups,
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
