import { MeetingsDocument } from '@elinvoima/graphql';
import { request } from '../support/graphql.js';
import type { BenchPath } from './path.js';

/** A member looks at a group's meetings of this year, with their themes. */
export const groupCalendar: BenchPath = {
  id: 'group-calendar',
  title: "Group's calendar for a year",
  kind: 'read',
  steps: 1,
  visit(fixtures, n) {
    const visitor = fixtures.visitors[n % fixtures.visitors.length];
    return {
      token: visitor.token,
      requests: [request(MeetingsDocument, { groupId: visitor.firstGroupId, ...fixtures.year })],
    };
  },
};
