import {
  GroupDocument,
  LoginDocument,
  MeDocument,
  MeetingDocument,
  MeetingsDocument,
  MyGroupsDocument,
  SearchDocument,
} from '@elinvoima/graphql';
import { generateScaleData } from '../../../bench/data/generate.js';
import { hashPassword } from '../src/auth/passwords.js';
import { TestApp } from './support/test-app.js';
import { TEST_PASSWORD } from './support/world.js';

/** The benchmark's dataset, fixed in time so both sizes hold the same kinds of meetings. */
const TODAY = new Date('2026-03-10T12:00:00Z');

interface PageCosts {
  meetings: number;
  agendaItems: number;
  /** SQL statements per request of each page a member opens. */
  sql: Record<string, number>;
  meetingPageItems: number;
}

/** Generates the scale dataset into a fresh database and counts the SQL of each page for one member. */
async function pageCosts(scale: number): Promise<PageCosts> {
  const t = await TestApp.start();
  try {
    const { counts } = await generateScaleData((text, params) => t.db.query(text, params), {
      scale,
      passwordHash: await hashPassword(TEST_PASSWORD),
      today: TODAY,
    });
    // A member with no chair or secretary role, and the fullest published agenda of their groups.
    const [member] = await t.db.query(
      `SELECT u.email FROM app_user u
        WHERE EXISTS (SELECT 1 FROM membership m WHERE m.user_id = u.id AND m.until IS NULL)
          AND NOT EXISTS (SELECT 1 FROM membership m WHERE m.user_id = u.id AND m.role <> 'MEMBER')
        ORDER BY u.email LIMIT 1`,
    );
    const login = await t.gql(LoginDocument, { input: { email: member.email, password: TEST_PASSWORD, bearer: true } });
    const token = login.data!.login.token!;
    const groups = await t.gql(MyGroupsDocument, {}, { token });
    const groupId = groups.data!.myGroups[0].id;
    const [meeting] = await t.db.query(
      `SELECT m.id, count(*)::int AS items FROM meeting m JOIN agenda_item i ON i.meeting_id = m.id
        WHERE m.group_id = $1 AND m.status = 'AGENDA_PUBLISHED'
          AND EXISTS (SELECT 1 FROM attachment a JOIN agenda_item ai ON ai.id = a.agenda_item_id WHERE ai.meeting_id = m.id)
        GROUP BY m.id ORDER BY items DESC, m.id LIMIT 1`,
      [groupId],
    );
    const pages = {
      me: await t.gql(MeDocument, {}, { token }),
      myGroups: await t.gql(MyGroupsDocument, {}, { token }),
      group: await t.gql(GroupDocument, { id: groupId }, { token }),
      calendar: await t.gql(
        MeetingsDocument,
        { groupId, from: '2025-01-01T00:00:00Z', to: '2026-01-01T00:00:00Z' },
        { token },
      ),
      meeting: await t.gql(MeetingDocument, { id: meeting.id }, { token }),
      search: await t.gql(SearchDocument, { query: 'asum', limit: 20 }, { token }),
    };
    for (const [page, result] of Object.entries(pages)) {
      if (result.errors) throw new Error(`${page}: ${JSON.stringify(result.errors)}`);
    }
    expect(pages.calendar.data!.meetings).toHaveLength(12);
    expect(pages.search.data!.search).toHaveLength(20);
    return {
      meetings: counts.meeting,
      agendaItems: counts.agenda_item,
      sql: Object.fromEntries(Object.entries(pages).map(([page, result]) => [page, result.sqlQueries])),
      meetingPageItems: pages.meeting.data!.meeting.agenda.length,
    };
  } finally {
    await t.close();
  }
}

describe('SQL queries per page at scale 0.1 and scale 1 of the benchmark data', () => {
  it('costs every page a member opens the same number of queries on ten times the data, the meeting page at most six', async () => {
    const small = await pageCosts(0.1);
    const large = await pageCosts(1);

    // Scale 1 is SavoGrow's 18 groups with ten years of monthly meetings; scale 0.1 is two groups.
    expect(large.meetings).toBe(2160);
    expect(large.agendaItems).toBeGreaterThan(24_000);
    expect(large.meetings).toBe(small.meetings * 9);
    expect(large.meetingPageItems).toBe(15);

    expect(large.sql).toEqual(small.sql);
    expect(large.sql.meeting).toBeLessThanOrEqual(6);
  }, 120_000);
});
