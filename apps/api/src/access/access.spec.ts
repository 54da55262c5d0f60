import { GroupRole, isActiveMembership, isManagingRole, MeetingStatus } from '@elinvoima/domain';
import pg from 'pg';
import { TEST_ENV } from '../../test/support/test-database.js';
import { announcedToMembers, isAnnounced } from './announced.js';
import { activeMembership, meetingDay, membershipOnDay } from './memberships.js';
import { canManage, managesGroup, roleRank } from './roles.js';

/**
 * Each SQL condition, run by PostgreSQL on the same rows as its TypeScript twin decides on:
 * the two must agree, so the API's queries and its in-memory checks never drift apart.
 */
describe('the access rules in SQL and in TypeScript', () => {
  let db: pg.Client;

  beforeAll(async () => {
    db = new pg.Client({ connectionString: process.env[TEST_ENV.adminUrl] });
    await db.connect();
  });
  afterAll(() => db.end());

  it('count a membership in force through its last day, in Helsinki, and forever without one', async () => {
    const { rows } = await db.query<{ today: string; yesterday: string; tomorrow: string }>(
      `SELECT d::text AS today, (d - 1)::text AS yesterday, (d + 1)::text AS tomorrow
         FROM (SELECT (now() AT TIME ZONE 'Europe/Helsinki')::date AS d) helsinki`,
    );
    const { today, yesterday, tomorrow } = rows[0];
    const memberships = [null, yesterday, today, tomorrow, '2017-12-31'].map((until, i) => ({ id: String(i), until }));
    const { rows: decided } = await db.query<{ id: string; active: boolean }>(
      `SELECT m.id, ${activeMembership('m')} AS active
         FROM jsonb_to_recordset($1::jsonb) AS m(id text, until date) ORDER BY m.id`,
      [JSON.stringify(memberships)],
    );
    expect(decided.map((row) => row.active)).toEqual(memberships.map((m) => isActiveMembership(m, today)));
    expect(decided.map((row) => row.active)).toEqual([true, false, true, true, false]);
  });

  it("count the members of a meeting's own day, in Helsinki, from their first day through their last", async () => {
    // 21.11.2018 in Helsinki begins at 22.00 UTC the day before.
    const meeting = { starts_at: '2018-11-20T22:30:00Z' };
    const memberships = [
      { since: '2018-01-01', until: null },
      { since: '2018-11-21', until: null },
      { since: '2018-11-22', until: null },
      { since: '2017-01-01', until: '2018-11-21' },
      { since: '2017-01-01', until: '2018-11-20' },
    ];
    const { rows } = await db.query<{ counts: boolean }>(
      `SELECT ${membershipOnDay('ms', meetingDay('m'))} AS counts
         FROM jsonb_to_recordset($1::jsonb) AS ms(n int, since date, until date),
              (SELECT $2::timestamptz AS starts_at) m
        ORDER BY ms.n`,
      [JSON.stringify(memberships.map((m, n) => ({ n, ...m }))), meeting.starts_at],
    );
    expect(rows.map((row) => row.counts)).toEqual([true, true, false, true, false]);
  });

  it('let chairs and secretaries manage a group, and rank roles from the chair down', async () => {
    const roles = Object.values(GroupRole);
    const { rows } = await db.query<{ role: GroupRole; manages: boolean }>(
      `SELECT m.role, ${managesGroup('m')} AS manages
         FROM unnest($1::text[]) AS m(role) ORDER BY ${roleRank('m')}`,
      [[...roles].reverse()],
    );
    expect(rows.map((row) => row.role)).toEqual([GroupRole.CHAIR, GroupRole.SECRETARY, GroupRole.MEMBER]);
    expect(rows.map((row) => row.manages)).toEqual(rows.map((row) => isManagingRole(row.role)));
    expect(rows.map((row) => row.manages)).toEqual([true, true, false]);
    const member = { user: { isOrgAdmin: false } };
    expect(rows.map((row) => canManage({ role: row.role }, member))).toEqual([true, true, false]);
    expect(canManage(undefined, member)).toBe(false);
    expect(canManage({ role: null }, { user: { isOrgAdmin: true } })).toBe(true);
  });

  it('show members a meeting once its agenda is published, and a cancellation only of an announced one', async () => {
    const published = '2018-11-07T10:00:00Z';
    const meetings = Object.values(MeetingStatus).flatMap((status) =>
      [null, published].map((agendaPublishedAt) => ({ status, agendaPublishedAt })),
    );
    const { rows } = await db.query<{ announced: boolean }>(
      `SELECT ${announcedToMembers('m')} AS announced
         FROM jsonb_to_recordset($1::jsonb) AS m(n int, status text, agenda_published_at timestamptz)
        ORDER BY m.n`,
      [JSON.stringify(meetings.map((m, n) => ({ n, status: m.status, agenda_published_at: m.agendaPublishedAt })))],
    );
    expect(rows.map((row) => row.announced)).toEqual(meetings.map((meeting) => isAnnounced(meeting)));
    const announced = meetings.filter((_, i) => rows[i].announced);
    expect(announced).toEqual([
      { status: MeetingStatus.AGENDA_PUBLISHED, agendaPublishedAt: null },
      { status: MeetingStatus.AGENDA_PUBLISHED, agendaPublishedAt: published },
      { status: MeetingStatus.CANCELLED, agendaPublishedAt: published },
    ]);
  });
});
