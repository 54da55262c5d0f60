/**
 * Where a search looks: the group the person searches from, which the frame keeps showing, and
 * whether the search is widened from it to all of the person's groups.
 */
export interface SearchScope {
  groupId?: string | null;
  allGroups?: boolean;
}

const GROUP = 'ryhma';
const WIDENED = 'laajuus';
const ALL_GROUPS = 'kaikki';

/**
 * `/haku?q=asumi&ryhma=…` narrows the search to the group, `…&laajuus=kaikki` widens it to all the
 * person's groups and keeps the group in the frame: the address can be shared and the back button works.
 */
export function searchHref(query: string, { groupId, allGroups }: SearchScope = {}): string {
  const params = new URLSearchParams();
  params.set('q', query.trim());
  if (groupId) params.set(GROUP, groupId);
  if (groupId && allGroups) params.set(WIDENED, ALL_GROUPS);
  return `/haku?${params.toString()}`;
}

/** The scope an address of the results page asks for; without a group it is all groups. */
export function searchScope(params: URLSearchParams): { groupId: string; allGroups: boolean } {
  const groupId = params.get(GROUP) ?? '';
  return { groupId, allGroups: !groupId || params.get(WIDENED) === ALL_GROUPS };
}
