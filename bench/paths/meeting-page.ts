import { MeetingDocument } from '@elinvoima/graphql';
import { request } from '../support/graphql.js';
import type { BenchPath } from './path.js';

/** A member opens a published meeting: the meeting, its agenda with presenters, projects, themes and attachments' metadata. */
export const meetingPage: BenchPath = {
  id: 'meeting-page',
  title: 'Meeting page (meeting, agenda, attachments)',
  kind: 'read',
  steps: 1,
  visit(fixtures, n) {
    const visitor = fixtures.visitors[n % fixtures.visitors.length];
    const meetingId = visitor.meetingIds[Math.floor(n / fixtures.visitors.length) % visitor.meetingIds.length];
    return { token: visitor.token, requests: [request(MeetingDocument, { id: meetingId })] };
  },
};
