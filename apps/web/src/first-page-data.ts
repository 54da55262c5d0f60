import type { ApolloClient } from '@apollo/client';
import { MeetingDocument, MyGroupsDocument, StartPageDocument } from '@elinvoima/graphql';
import { matchPath } from 'react-router';

/**
 * Asks for the data of the page being opened as the app starts, beside the question of who is
 * signed in rather than after it: the start page and a meeting's page draw a round trip sooner.
 * The pages' own queries then find it in the cache, or join the request still under way. Without
 * a session these are refused (UNAUTHENTICATED) and nothing is kept; the sign-in page follows.
 */
export function askFirstPageData(client: ApolloClient, pathname: string): void {
  const requests: Promise<unknown>[] = [client.query({ query: MyGroupsDocument })];
  if (pathname === '/') requests.push(client.query({ query: StartPageDocument }));
  const meeting = matchPath('/ryhmat/:groupId/kokoukset/:meetingId', pathname);
  if (meeting?.params.meetingId) {
    requests.push(client.query({ query: MeetingDocument, variables: { id: meeting.params.meetingId } }));
  }
  for (const request of requests) request.catch(() => undefined);
}
