import { GroupRole, MeetingStatus } from '@elinvoima/domain';
import {
  GroupStartPageDocument,
  MarkAgendaSeenDocument,
  PublishAgendaDocument,
  StartPageDocument,
  UpdateAgendaItemDocument,
  UpdateMeetingDocument,
} from '@elinvoima/graphql';
import type { GroupEntity } from '../src/groups/group.entity.js';
import type { MeetingEntity } from '../src/meetings/meeting.entity.js';
import { codeOf, TestApp } from './support/test-app.js';
import { World } from './support/world.js';

const DAY = 24 * 3_600_000;

describe('the start page', () => {
  let t: TestApp;
  let world: World;
  let vesanto: GroupEntity;
  let tervo: GroupEntity;
  let secretary: { token: string };
  let member: { token: string };

  beforeAll(async () => {
    t = await TestApp.start();
    world = new World(t);
    vesanto = await world.group({ name: 'Vesannon elinvoimaryhmä' });
    tervo = await world.group({ name: 'Tervon elinvoimaryhmä' });
    secretary = await world.person(vesanto, GroupRole.SECRETARY);
    member = await world.person(vesanto, GroupRole.MEMBER);
  });
  afterAll(() => t.close());

  /** A two-hour meeting `days` from now (negative: in the past). */
  function meetingIn(group: GroupEntity, days: number, overrides: Partial<MeetingEntity> = {}) {
    const startsAt = new Date(Date.now() + days * DAY);
    return world.meeting(group, { startsAt, endsAt: new Date(startsAt.getTime() + 2 * 3_600_000), ...overrides });
  }

  async function startPage(token: string) {
    const result = await t.gql(StartPageDocument, {}, { token });
    expect(result.errors).toBeUndefined();
    return result.data!.startPage;
  }

  it("lists the coming meetings of all the person's groups, soonest first, and hides drafts from members", async () => {
    const person = await world.person(vesanto, GroupRole.MEMBER);
    await world.membership(tervo, person.user, GroupRole.MEMBER);
    const past = await meetingIn(vesanto, -3, { status: MeetingStatus.AGENDA_PUBLISHED, title: 'Mennyt' });
    const later = await meetingIn(vesanto, 20, { status: MeetingStatus.AGENDA_PUBLISHED, title: 'Myöhempi' });
    const sooner = await meetingIn(tervo, 6, { status: MeetingStatus.AGENDA_PUBLISHED, title: 'Tervon kokous' });
    const draft = await meetingIn(vesanto, 10, { title: 'Luonnos' });

    const page = await startPage(person.token);
    const ids = page.nextMeetings.map((m) => m.id);
    expect(ids).toEqual(expect.arrayContaining([sooner.id, later.id]));
    expect(ids.indexOf(sooner.id)).toBeLessThan(ids.indexOf(later.id));
    expect(ids).not.toContain(past.id);
    expect(ids).not.toContain(draft.id);
    expect(page.nextMeetings.find((m) => m.id === sooner.id)?.group.name).toBe('Tervon elinvoimaryhmä');

    // The secretary prepares the draft: it is on her page, with its agenda not yet published.
    const secretaryPage = await startPage(secretary.token);
    expect(secretaryPage.nextMeetings.find((m) => m.id === draft.id)?.agendaPublishedAt).toBeNull();
    expect(secretaryPage.nextMeetings.map((m) => m.id)).not.toContain(sooner.id);
  });

  it('marks a newly published agenda new until the member opens the meeting, and changed when it changes after that', async () => {
    const meeting = await meetingIn(vesanto, 2, { title: 'Ajankohtaiset asiat' });
    const item = await world.agendaItem(meeting, { title: 'Talousarvio 2019' });
    expect((await startPage(member.token)).newAgendas.map((m) => m.id)).not.toContain(meeting.id);

    const published = await t.gql(
      PublishAgendaDocument,
      { input: { meetingId: meeting.id, version: meeting.version } },
      { token: secretary.token },
    );
    expect(published.errors).toBeUndefined();
    const fresh = (await startPage(member.token)).newAgendas.find((m) => m.id === meeting.id);
    expect(fresh?.agendaNews).toBe('NEW');

    const seen = await t.gql(MarkAgendaSeenDocument, { meetingId: meeting.id }, { token: member.token });
    expect(seen.data?.markAgendaSeen.agendaNews).toBeNull();
    const afterReading = await startPage(member.token);
    expect(afterReading.newAgendas.map((m) => m.id)).not.toContain(meeting.id);
    expect(afterReading.nextMeetings.find((m) => m.id === meeting.id)?.agendaNews).toBeNull();
    // Only the reader has read it.
    const other = await world.person(vesanto, GroupRole.MEMBER);
    expect((await startPage(other.token)).newAgendas.map((m) => m.id)).toContain(meeting.id);

    const changed = await t.gql(
      UpdateAgendaItemDocument,
      { input: { id: item.id, version: item.version, title: 'Talousarvio 2019 ja investoinnit' } },
      { token: secretary.token },
    );
    expect(changed.errors).toBeUndefined();
    expect((await startPage(member.token)).newAgendas.find((m) => m.id === meeting.id)?.agendaNews).toBe('CHANGED');

    await t.gql(MarkAgendaSeenDocument, { meetingId: meeting.id }, { token: member.token });
    expect((await startPage(member.token)).newAgendas.map((m) => m.id)).not.toContain(meeting.id);
  });

  it('marks an agenda changed when the meeting moves after the member read it', async () => {
    const meeting = await meetingIn(vesanto, 4, { status: MeetingStatus.AGENDA_PUBLISHED });
    await t.gql(MarkAgendaSeenDocument, { meetingId: meeting.id }, { token: member.token });
    const moved = await t.gql(
      UpdateMeetingDocument,
      { input: { id: meeting.id, version: meeting.version, location: 'Vesannon kirjasto' } },
      { token: secretary.token },
    );
    expect(moved.errors).toBeUndefined();
    expect((await startPage(member.token)).newAgendas.find((m) => m.id === meeting.id)?.agendaNews).toBe('CHANGED');
  });

  it('does not let a member mark a draft read: it does not exist for them', async () => {
    const draft = await meetingIn(vesanto, 8);
    const result = await t.gql(MarkAgendaSeenDocument, { meetingId: draft.id }, { token: member.token });
    expect(codeOf(result)).toBe('NOT_FOUND');
    const rows = await t.db.query(`SELECT count(*)::int AS n FROM agenda_seen WHERE meeting_id = $1`, [draft.id]);
    expect(rows[0].n).toBe(0);
  });

  it("narrows the group page to the group's own meetings", async () => {
    const person = await world.person(vesanto, GroupRole.MEMBER);
    await world.membership(tervo, person.user, GroupRole.MEMBER);
    const inTervo = await meetingIn(tervo, 1, { status: MeetingStatus.AGENDA_PUBLISHED });
    const inVesanto = await meetingIn(vesanto, 1, { status: MeetingStatus.AGENDA_PUBLISHED });
    const result = await t.gql(GroupStartPageDocument, { groupId: vesanto.id }, { token: person.token });
    const ids = result.data!.groupStartPage.nextMeetings.map((m) => m.id);
    expect(ids).toContain(inVesanto.id);
    expect(ids).not.toContain(inTervo.id);
    expect(result.data!.groupStartPage.newAgendas.every((m) => m.groupId === vesanto.id)).toBe(true);
  });

  it("never shows a member of another group this group's meetings", async () => {
    const outsider = await world.person(tervo, GroupRole.CHAIR);
    const meeting = await meetingIn(vesanto, 3, { status: MeetingStatus.AGENDA_PUBLISHED });
    const page = await startPage(outsider.token);
    expect([...page.nextMeetings, ...page.newAgendas].map((m) => m.groupId)).not.toContain(vesanto.id);
    expect(page.nextMeetings.map((m) => m.id)).not.toContain(meeting.id);
  });
});
