import { GroupDocument, MeDocument, MyGroupsDocument } from '@elinvoima/graphql';
import { request } from '../support/graphql.js';
import type { BenchPath } from './path.js';

/**
 * A member opens the app: the client asks who is signed in and for their groups, and the start
 * page opens their first group (its members). Three requests, as the browser sends them.
 */
export const startPage: BenchPath = {
  id: 'start-page',
  title: "Member's start page (Me, MyGroups, Group)",
  kind: 'read',
  steps: 3,
  visit(fixtures, n) {
    const visitor = fixtures.visitors[n % fixtures.visitors.length];
    return {
      token: visitor.token,
      requests: [
        request(MeDocument, {}),
        request(MyGroupsDocument, {}),
        request(GroupDocument, { id: visitor.firstGroupId }),
      ],
    };
  },
};
