import { useMatch, useSearchParams } from 'react-router';
import { searchScope } from './search-href';

/** On the results page, the group the search was made from: the frame keeps showing it. */
export function useSearchGroup(): string | undefined {
  const onSearchPage = useMatch('/haku');
  const [params] = useSearchParams();
  return (onSearchPage && searchScope(params).groupId) || undefined;
}
