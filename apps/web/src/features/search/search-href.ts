/** `/haku?q=asumi&ryhma=…`: the results page's address, so results can be shared and the back button works. */
export function searchHref(query: string, groupId?: string | null): string {
  const params = new URLSearchParams();
  params.set('q', query.trim());
  if (groupId) params.set('ryhma', groupId);
  return `/haku?${params.toString()}`;
}
