import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { requestLocale } from './i18n/i18n';

/** GraphQL over the session cookie; the API answers errors in the interface's language. */
export function createApolloClient(): ApolloClient {
  const withLanguage = new SetContextLink((previous) => ({
    headers: { ...previous.headers, 'accept-language': requestLocale },
  }));
  return new ApolloClient({
    link: withLanguage.concat(new HttpLink({ uri: '/graphql', credentials: 'same-origin' })),
    cache: new InMemoryCache(),
  });
}
