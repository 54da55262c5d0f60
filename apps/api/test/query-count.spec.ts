import { GroupRole } from '@elinvoima/domain';
import { MeetingStatus } from '@elinvoima/domain';
import {
  GroupDocument,
  GroupStartPageDocument,
  GroupsWithMembersDocument,
  MarkAgendaSeenDocument,
  MeetingAttendanceDocument,
  MeetingDocument,
  MeetingInviteesDocument,
  MeetingsDocument,
  MyGroupsDocument,
  OutboxDocument,
  StartPageDocument,
} from '@elinvoima/graphql';
import { OutboxKind, OutboxMessageEntity, OutboxStatus } from '../src/mail/outbox-message.entity.js';
import type { GroupEntity } from '../src/groups/group.entity.js';
import { TestApp } from './support/test-app.js';
import { World } from './support/world.js';

describe('SQL queries per request', () => {
  let t: TestApp;
  let world: World;
  let admin: { token: string };

  beforeAll(async () => {
    t = await TestApp.start();
    world = new World(t);
    admin = await world.person(null, GroupRole.MEMBER, { isOrgAdmin: true });
  });
  afterAll(() => t.close());

  async function addGroups(count: number, membersEach: number): Promise<void> {
    for (let g = 0; g < count; g++) {
      const group = await world.group();
      for (let m = 0; m < membersEach; m++) {
        await world.membership(group, await world.user(), m === 0 ? GroupRole.CHAIR : GroupRole.MEMBER);
      }
    }
  }

  it('lists groups with their members, organizations and roles in the same few queries, however many groups', async () => {
    await addGroups(2, 3);
    const small = await t.gql(GroupsWithMembersDocument, {}, { token: admin.token });
    expect(small.data?.myGroups).toHaveLength(2);

    await addGroups(8, 6);
    const large = await t.gql(GroupsWithMembersDocument, {}, { token: admin.token });
    expect(large.data?.myGroups).toHaveLength(10);
    expect(large.data?.myGroups.flatMap((g) => g.members)).toHaveLength(2 * 3 + 8 * 6);

    // session, groups, organizations, memberships, users, the viewer's own roles
    expect(large.sqlQueries).toBe(small.sqlQueries);
    expect(large.sqlQueries).toBeLessThanOrEqual(6);
  });

  /** A published meeting with `items` items, each with a presenter, a project and two themes. */
  async function fullAgenda(group: GroupEntity, items: number) {
    const meeting = await world.meeting(group, { status: MeetingStatus.AGENDA_PUBLISHED });
    const themes = [await world.theme(group), await world.theme(group)];
    await t.db.query(`INSERT INTO meeting_theme VALUES ($1, $2)`, [meeting.id, themes[0].id]);
    for (let i = 0; i < items; i++) {
      const presenter = await world.user();
      await world.membership(group, presenter, GroupRole.MEMBER);
      const item = await world.agendaItem(meeting, {
        presenterUserId: presenter.id,
        projectId: (await world.project()).id,
        presenterName: null,
      });
      await t.db.query(`INSERT INTO agenda_item_theme VALUES ($1, $2), ($1, $3)`, [
        item.id,
        themes[0].id,
        themes[1].id,
      ]);
    }
    return meeting;
  }

  /** A published meeting of a new group of `members` people, every one recorded, a guest and a disqualification per item. */
  async function recordedMeeting(members: number, items: number) {
    const group = await world.group();
    const people = [];
    for (let m = 0; m < members; m++)
      people.push(await world.person(group, m === 0 ? GroupRole.SECRETARY : GroupRole.MEMBER));
    const meeting = await world.meeting(group, { status: MeetingStatus.AGENDA_PUBLISHED });
    await t.db.query(`INSERT INTO attendance (meeting_id) VALUES ($1)`, [meeting.id]);
    for (const person of people) {
      await t.db.query(`INSERT INTO attendance_entry VALUES ($1, $2, 'PRESENT')`, [meeting.id, person.user.id]);
    }
    for (let i = 0; i < items; i++) {
      const item = await world.agendaItem(meeting);
      await t.db.query(`INSERT INTO disqualification VALUES ($1, $2, $3, '')`, [
        meeting.id,
        item.id,
        people[1].user.id,
      ]);
      await t.db.query(`INSERT INTO meeting_guest (meeting_id, name, role) VALUES ($1, 'Vieras', 'EXPERT')`, [
        meeting.id,
      ]);
    }
    return { meeting, reader: people[people.length - 1] };
  }

  it("reads a meeting's attendance and quorum in as few queries for 25 members as for 3", async () => {
    const small = await recordedMeeting(3, 2);
    const large = await recordedMeeting(25, 12);
    const few = await t.gql(MeetingAttendanceDocument, { id: small.meeting.id }, { token: small.reader.token });
    const many = await t.gql(MeetingAttendanceDocument, { id: large.meeting.id }, { token: large.reader.token });
    expect(many.data?.meeting.attendance.members).toHaveLength(25);
    expect(many.data?.meeting.attendance.itemQuorums).toHaveLength(12);
    expect(many.sqlQueries).toBe(few.sqlQueries);
    // access, meeting, group, agenda, the reader's roles, and the attendance's five
    expect(many.sqlQueries).toBeLessThanOrEqual(12);
  });

  it('loads a 30-item agenda with presenters, projects and themes in as few queries as a 1-item one', async () => {
    const group = await world.group();
    const member = await world.person(group, GroupRole.MEMBER);
    const small = await t.gql(MeetingDocument, { id: (await fullAgenda(group, 1)).id }, { token: member.token });
    const large = await t.gql(MeetingDocument, { id: (await fullAgenda(group, 30)).id }, { token: member.token });
    expect(large.data?.meeting.agenda).toHaveLength(30);
    expect(large.data?.meeting.agenda.every((i) => i.presenter && i.project && i.themes.length === 2)).toBe(true);
    expect(large.sqlQueries).toBe(small.sqlQueries);
    // session + access check, then the meeting, its agenda (with presenters, projects, themes), its themes, its changes
    expect(large.sqlQueries - 2).toBeLessThanOrEqual(4);
  });

  it('counts the invitees of a meeting in the same queries however many members the group has, each once', async () => {
    const group = await world.group();
    const secretary = await world.person(group, GroupRole.SECRETARY);
    const meeting = await world.meeting(group, { status: MeetingStatus.DRAFT });
    const small = await t.gql(MeetingInviteesDocument, { id: meeting.id }, { token: secretary.token });
    expect(small.data?.meeting.inviteeCount).toBe(1);

    for (let m = 0; m < 20; m++) await world.membership(group, await world.user(), GroupRole.MEMBER);
    // One person twice (two memberships in force) and one whose membership has ended: neither adds one.
    const twice = await world.user();
    await world.membership(group, twice, GroupRole.MEMBER);
    await t.db.query(
      `INSERT INTO membership (group_id, user_id, role, since, until) VALUES ($1, $2, 'CHAIR', '2018-01-01', '2099-12-31')`,
      [group.id, twice.id],
    );
    const former = await world.membership(group, await world.user(), GroupRole.MEMBER);
    await t.db.query(`UPDATE membership SET until = '2018-01-01' WHERE id = $1`, [former.id]);
    const large = await t.gql(MeetingInviteesDocument, { id: meeting.id }, { token: secretary.token });
    expect(large.data?.meeting.inviteeCount).toBe(22);
    expect(large.sqlQueries).toBe(small.sqlQueries);
    // session + access check, the meeting, the viewer's roles, the group's memberships
    expect(large.sqlQueries - 2).toBeLessThanOrEqual(3);
  });

  it("loads a year of a group's meetings, with themes, in the same queries however many there are (six groups in the database)", async () => {
    const groups: GroupEntity[] = [];
    for (let g = 0; g < 6; g++) groups.push(await world.group());
    const member = await world.person(groups[0], GroupRole.MEMBER);
    const monthly = async (count: number) => {
      for (const group of groups) {
        const theme = await world.theme(group);
        for (let month = 0; month < count; month++) {
          const startsAt = new Date(Date.UTC(2018, month, 15, 11));
          const meeting = await world.meeting(group, {
            status: MeetingStatus.AGENDA_PUBLISHED,
            startsAt,
            endsAt: new Date(startsAt.getTime() + 7_200_000),
          });
          await t.db.query(`INSERT INTO meeting_theme VALUES ($1, $2)`, [meeting.id, theme.id]);
        }
      }
    };
    const year = { groupId: groups[0].id, from: '2018-01-01T00:00:00Z', to: '2019-01-01T00:00:00Z' };
    await monthly(1);
    const one = await t.gql(MeetingsDocument, year, { token: member.token });
    await monthly(12);
    const many = await t.gql(MeetingsDocument, year, { token: member.token });
    expect(many.data?.meetings).toHaveLength(13);
    expect(many.sqlQueries).toBe(one.sqlQueries);
    expect(many.sqlQueries - 2).toBeLessThanOrEqual(4);
  });

  it('draws the start page in no more queries than the group page it replaced, however many groups and meetings', async () => {
    const first = await world.group();
    const member = await world.person(first, GroupRole.MEMBER);
    for (let m = 0; m < 3; m++) await world.membership(first, await world.user(), GroupRole.MEMBER);
    /** Meetings in the coming weeks, some read by the member and some changed after that. */
    const comingMeetings = async (group: GroupEntity, count: number) => {
      for (let n = 0; n < count; n++) {
        const startsAt = new Date(Date.now() + (n + 1) * 7 * 24 * 3_600_000);
        const meeting = await world.meeting(group, {
          status: MeetingStatus.AGENDA_PUBLISHED,
          agendaPublishedAt: new Date(),
          startsAt,
          endsAt: new Date(startsAt.getTime() + 7_200_000),
        });
        if (n % 2) await t.gql(MarkAgendaSeenDocument, { meetingId: meeting.id }, { token: member.token });
      }
    };
    await comingMeetings(first, 1);

    // What the start page cost before it was one: the group list, then the first group's page with its roster.
    const myGroups = await t.gql(MyGroupsDocument, {}, { token: member.token });
    const groupPage = await t.gql(GroupDocument, { id: first.id }, { token: member.token });
    const before = myGroups.sqlQueries + groupPage.sqlQueries;

    const small = await t.gql(StartPageDocument, {}, { token: member.token });
    expect(small.data?.startPage.nextMeetings).toHaveLength(1);
    for (let g = 0; g < 4; g++) {
      const group = await world.group();
      await world.membership(group, member.user, GroupRole.MEMBER);
      await comingMeetings(group, 6);
    }
    const large = await t.gql(StartPageDocument, {}, { token: member.token });
    expect(large.data?.startPage.nextMeetings).toHaveLength(5);
    expect(large.data?.startPage.newAgendas.length).toBeGreaterThan(5);
    expect(large.sqlQueries).toBe(small.sqlQueries);
    expect(myGroups.sqlQueries + large.sqlQueries).toBeLessThanOrEqual(before);

    const oneGroup = await t.gql(GroupStartPageDocument, { groupId: first.id }, { token: member.token });
    expect(oneGroup.data?.groupStartPage.nextMeetings).toHaveLength(1);
    expect(myGroups.sqlQueries + oneGroup.sqlQueries).toBeLessThanOrEqual(before);
  });

  it("lists a group's outbox with its meetings in the same queries however many messages and meetings", async () => {
    const group = await world.group();
    const secretary = await world.person(group, GroupRole.SECRETARY);
    const held = async (meetings: number, each: number) => {
      for (let m = 0; m < meetings; m++) {
        const meeting = await world.meeting(group, { status: MeetingStatus.AGENDA_PUBLISHED });
        for (let i = 0; i < each; i++) {
          await t.db.getRepository(OutboxMessageEntity).insert({
            groupId: group.id,
            meetingId: meeting.id,
            kind: OutboxKind.INVITATION,
            recipientEmail: `jasen${i}@kunta.example`,
            subject: 'Kokouskutsu',
            textBody: 'Hei,',
            status: OutboxStatus.HELD,
          });
        }
      }
    };
    await held(1, 1);
    const one = await t.gql(OutboxDocument, { groupId: group.id }, { token: secretary.token });
    await held(6, 8);
    const many = await t.gql(OutboxDocument, { groupId: group.id }, { token: secretary.token });
    expect(many.data?.outbox.messages).toHaveLength(49);
    expect(many.data?.outbox.meetings).toHaveLength(7);
    expect(many.sqlQueries).toBe(one.sqlQueries);
    // session + access check, the messages, their meetings
    expect(many.sqlQueries - 2).toBeLessThanOrEqual(2);
  });
});
