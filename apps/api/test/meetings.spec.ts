import { ErrorCode, GroupRole, MeetingStatus } from '@elinvoima/domain';
import {
  AddAgendaItemDocument,
  CancelMeetingDocument,
  CreateMeetingDocument,
  MeetingDocument,
  MeetingsDocument,
  PublishAgendaDocument,
  RemoveAgendaItemDocument,
  ReorderAgendaDocument,
  ThemeUsageDocument,
  UpdateAgendaItemDocument,
  UpdateMeetingDocument,
} from '@elinvoima/graphql';
import { addDefaultStandingItems } from '../src/agendas/standing-items.js';
import { AgendaItemEntity } from '../src/agendas/agenda-item.entity.js';
import type { GroupEntity } from '../src/groups/group.entity.js';
import { MeetingEntity } from '../src/meetings/meeting.entity.js';
import { codeOf, TestApp } from './support/test-app.js';
import { World } from './support/world.js';

describe('meetings and agendas', () => {
  let t: TestApp;
  let world: World;
  let group: GroupEntity;
  let secretary: { token: string };
  let member: { token: string };

  beforeAll(async () => {
    t = await TestApp.start();
    world = new World(t);
    group = await world.group({ name: 'Vesannon elinvoimaryhmä' });
    await t.db.transaction((tx) => addDefaultStandingItems(tx, group.id));
    secretary = await world.person(group, GroupRole.SECRETARY);
    member = await world.person(group, GroupRole.MEMBER);
  });
  afterAll(() => t.close());

  const housingMeeting = {
    title: 'Teemakokous asumisesta',
    kind: 'THEME' as const,
    startsAt: '2018-11-21T12:00:00Z',
    endsAt: '2018-11-21T14:00:00Z',
    location: 'Vesannon kunnantalo',
  };

  it("starts a new meeting's draft with the group's standing items and a timetable", async () => {
    const created = await t.gql(
      CreateMeetingDocument,
      { input: { groupId: group.id, ...housingMeeting } },
      { token: secretary.token },
    );
    expect(created.data?.createMeeting.status).toBe('DRAFT');
    const meeting = await t.gql(MeetingDocument, { id: created.data!.createMeeting.id }, { token: secretary.token });
    const agenda = meeting.data!.meeting.agenda;
    expect(agenda.map((i) => `${i.number} ${i.title}`)).toEqual([
      '§ 1 Kokouksen avaus',
      '§ 2 Ajankohtaisia asioita',
      '§ 3 Muut asiat',
      '§ 4 Seuraava kokous',
    ]);
    // 14.00, 14.05, 14.35, 14.45 in Helsinki
    expect(agenda.map((i) => i.plannedStart)).toEqual([
      '2018-11-21T12:00:00.000Z',
      '2018-11-21T12:05:00.000Z',
      '2018-11-21T12:35:00.000Z',
      '2018-11-21T12:45:00.000Z',
    ]);
  });

  it('hides a draft agenda from members until it is published, then shows it', async () => {
    const meeting = await world.meeting(group);
    await world.agendaItem(meeting, { title: 'Future Savo -hanke' });
    expect(codeOf(await t.gql(MeetingDocument, { id: meeting.id }, { token: member.token }))).toBe(ErrorCode.NOT_FOUND);
    const listed = await t.gql(MeetingsDocument, { groupId: group.id }, { token: member.token });
    expect(listed.data?.meetings.map((m) => m.id)).not.toContain(meeting.id);

    const published = await t.gql(
      PublishAgendaDocument,
      { input: { meetingId: meeting.id, version: meeting.version } },
      { token: secretary.token },
    );
    expect(published.data?.publishAgenda.status).toBe('AGENDA_PUBLISHED');
    const seen = await t.gql(MeetingDocument, { id: meeting.id }, { token: member.token });
    expect(seen.data?.meeting.agenda.map((i) => i.title)).toEqual(['Future Savo -hanke']);
  });

  it('refuses to publish an empty agenda', async () => {
    const meeting = await world.meeting(group);
    const result = await t.gql(
      PublishAgendaDocument,
      { input: { meetingId: meeting.id, version: meeting.version } },
      { token: secretary.token },
    );
    expect(result.errors?.[0].extensions?.fields).toEqual([
      { field: 'meetingId', message: 'Lisää esityslistalle vähintään yksi asia ennen julkaisua.' },
    ]);
  });

  it('records what changed in a published agenda for the members to see', async () => {
    const meeting = await world.meeting(group, { status: MeetingStatus.AGENDA_PUBLISHED });
    const item = await world.agendaItem(meeting, { title: 'Kuntakehittämisen pilottihanke' });
    const untouched = await world.agendaItem(meeting, { title: 'Muut asiat' });
    await t.gql(
      UpdateAgendaItemDocument,
      { input: { id: item.id, version: item.version, plannedMinutes: 40, description: 'Olli Tiainen esittelee.' } },
      { token: secretary.token },
    );
    await t.gql(
      AddAgendaItemDocument,
      { input: { meetingId: meeting.id, title: 'Budjetti 2019', kind: 'DECISION', proposal: 'Merkitään tiedoksi.' } },
      { token: secretary.token },
    );

    const seen = await t.gql(MeetingDocument, { id: meeting.id }, { token: member.token });
    const byTitle = Object.fromEntries(seen.data!.meeting.agenda.map((i) => [i.title, i.changedAfterPublishing]));
    expect(byTitle).toEqual({ 'Kuntakehittämisen pilottihanke': true, 'Muut asiat': false, 'Budjetti 2019': true });
    expect(seen.data!.meeting.changes.map((c) => [c.change, c.itemTitle, [...c.fields].sort()])).toEqual([
      ['ITEM_UPDATED', 'Kuntakehittämisen pilottihanke', ['description', 'plannedMinutes']],
      ['ITEM_ADDED', 'Budjetti 2019', []],
    ]);
    expect(untouched.id).toBeDefined();
  });

  it('reorders by the complete new order and refuses anything else', async () => {
    const meeting = await world.meeting(group);
    const [a, b, c] = [
      await world.agendaItem(meeting, { title: 'A' }),
      await world.agendaItem(meeting, { title: 'B' }),
      await world.agendaItem(meeting, { title: 'C' }),
    ];
    const notPermutation = await t.gql(
      ReorderAgendaDocument,
      { input: { meetingId: meeting.id, agendaVersion: 1, itemIds: [c.id, a.id, a.id] } },
      { token: secretary.token },
    );
    expect(notPermutation.errors?.[0].extensions?.fields).toEqual([
      { field: 'itemIds', message: 'Uuden järjestyksen on sisällettävä jokainen esityslistan asia täsmälleen kerran.' },
    ]);
    const missing = await t.gql(
      ReorderAgendaDocument,
      { input: { meetingId: meeting.id, agendaVersion: 1, itemIds: [c.id, a.id] } },
      { token: secretary.token },
    );
    expect(codeOf(missing)).toBe(ErrorCode.BAD_USER_INPUT);

    const reordered = await t.gql(
      ReorderAgendaDocument,
      { input: { meetingId: meeting.id, agendaVersion: 1, itemIds: [c.id, a.id, b.id] } },
      { token: secretary.token },
    );
    expect(reordered.data?.reorderAgenda.agenda.map((i) => i.title)).toEqual(['C', 'A', 'B']);
    expect(reordered.data?.reorderAgenda.agendaVersion).toBe(2);

    // A second person still holding the old order gets CONFLICT, and the first order stands.
    const stale = await t.gql(
      ReorderAgendaDocument,
      { input: { meetingId: meeting.id, agendaVersion: 1, itemIds: [b.id, c.id, a.id] } },
      { token: secretary.token },
    );
    expect(codeOf(stale)).toBe(ErrorCode.CONFLICT);
    expect(stale.errors?.[0].extensions?.currentVersion).toBe(2);
    const positions = await t.db
      .getRepository(AgendaItemEntity)
      .find({ where: { meetingId: meeting.id }, order: { position: 'ASC' } });
    expect(positions.map((i) => i.title)).toEqual(['C', 'A', 'B']);
  });

  it('detects two people saving the same item: the second gets CONFLICT and nothing is overwritten', async () => {
    const meeting = await world.meeting(group);
    const item = await world.agendaItem(meeting, { title: 'Alkuperäinen' });
    const first = await t.gql(
      UpdateAgendaItemDocument,
      { input: { id: item.id, version: item.version, title: 'Ensimmäisen muutos' } },
      { token: secretary.token },
    );
    expect(first.data?.updateAgendaItem.version).toBe(item.version + 1);
    const second = await t.gql(
      UpdateAgendaItemDocument,
      { input: { id: item.id, version: item.version, title: 'Toisen muutos' } },
      { token: secretary.token },
    );
    expect(codeOf(second)).toBe(ErrorCode.CONFLICT);
    expect(second.errors?.[0].extensions?.currentVersion).toBe(item.version + 1);
    expect((await t.db.getRepository(AgendaItemEntity).findOneByOrFail({ id: item.id })).title).toBe(
      'Ensimmäisen muutos',
    );
  });

  it('removes an item and renumbers the rest', async () => {
    const meeting = await world.meeting(group);
    const first = await world.agendaItem(meeting, { title: 'Yksi' });
    await world.agendaItem(meeting, { title: 'Kaksi' });
    await t.gql(
      RemoveAgendaItemDocument,
      { input: { id: first.id, version: first.version } },
      { token: secretary.token },
    );
    const after = await t.gql(MeetingDocument, { id: meeting.id }, { token: secretary.token });
    expect(after.data?.meeting.agenda.map((i) => `${i.number} ${i.title}`)).toEqual(['§ 1 Kaksi']);
  });

  it('copies the agenda of an earlier meeting', async () => {
    const theme = await world.theme(group, 'asuminen');
    const earlier = await world.meeting(group, { status: MeetingStatus.AGENDA_PUBLISHED });
    const source = await world.agendaItem(earlier, { title: 'Asuntotilanne', presenterName: 'Ville Keränen' });
    await t.db.query(`INSERT INTO agenda_item_theme (agenda_item_id, theme_id) VALUES ($1, $2)`, [source.id, theme.id]);
    const created = await t.gql(
      CreateMeetingDocument,
      {
        input: {
          groupId: group.id,
          ...housingMeeting,
          startsAt: '2019-01-16T12:00:00Z',
          endsAt: '2019-01-16T14:00:00Z',
          agendaSource: 'COPY',
          copyFromMeetingId: earlier.id,
        },
      },
      { token: secretary.token },
    );
    const copy = await t.gql(MeetingDocument, { id: created.data!.createMeeting.id }, { token: secretary.token });
    expect(copy.data?.meeting.agenda.map((i) => [i.title, i.presenterName, i.themes.map((th) => th.nameFi)])).toEqual([
      ['Asuntotilanne', 'Ville Keränen', ['asuminen']],
    ]);
  });

  it('cancels with a reason; a cancelled meeting cannot be edited', async () => {
    const meeting = await world.meeting(group, { status: MeetingStatus.AGENDA_PUBLISHED });
    const cancelled = await t.gql(
      CancelMeetingDocument,
      { input: { id: meeting.id, version: meeting.version, reason: 'Kunnanvaltuuston ylimääräinen kokous' } },
      { token: secretary.token },
    );
    expect(cancelled.data?.cancelMeeting).toMatchObject({
      status: 'CANCELLED',
      cancelReason: 'Kunnanvaltuuston ylimääräinen kokous',
    });
    const edit = await t.gql(
      UpdateMeetingDocument,
      { input: { id: meeting.id, version: cancelled.data!.cancelMeeting.version, title: 'Uusi' } },
      { token: secretary.token },
    );
    expect(edit.errors?.[0].message).toBe('Tarkista syötetyt tiedot.');
    expect(edit.errors?.[0].extensions?.fields).toEqual([
      { field: 'id', message: 'Peruttua kokousta ei voi muuttaa.' },
    ]);
  });

  it('raises the calendar sequence when the time changes, not when only the kind changes', async () => {
    const meeting = await world.meeting(group);
    await t.gql(
      UpdateMeetingDocument,
      { input: { id: meeting.id, version: 1, kind: 'REGULAR' } },
      { token: secretary.token },
    );
    expect((await t.db.getRepository(MeetingEntity).findOneByOrFail({ id: meeting.id })).sequence).toBe(0);
    await t.gql(
      UpdateMeetingDocument,
      { input: { id: meeting.id, version: 2, startsAt: '2018-11-21T13:00:00Z', endsAt: '2018-11-21T15:00:00Z' } },
      { token: secretary.token },
    );
    expect((await t.db.getRepository(MeetingEntity).findOneByOrFail({ id: meeting.id })).sequence).toBe(1);
  });

  it('counts how often each theme was handled in a period', async () => {
    const own = await world.group();
    const housing = await world.theme(own, 'asuminen');
    const chair = await world.person(own, GroupRole.CHAIR);
    const m1 = await world.meeting(own, { status: MeetingStatus.AGENDA_PUBLISHED });
    const m2 = await world.meeting(own, { status: MeetingStatus.CANCELLED });
    await t.db.query(`INSERT INTO meeting_theme VALUES ($1, $3), ($2, $3)`, [m1.id, m2.id, housing.id]);
    const item = await world.agendaItem(m1);
    await t.db.query(`INSERT INTO agenda_item_theme VALUES ($1, $2)`, [item.id, housing.id]);
    const usage = await t.gql(
      ThemeUsageDocument,
      { groupId: own.id, from: '2018-01-01T00:00:00Z', to: '2019-01-01T00:00:00Z' },
      { token: chair.token },
    );
    expect(usage.data?.themeUsage.map((u) => [u.theme.nameFi, u.meetings, u.agendaItems])).toEqual([
      ['asuminen', 1, 1],
    ]);
  });

  describe('bad input', () => {
    it('an end before the start, or a date out of range', async () => {
      const endBefore = await t.gql(
        CreateMeetingDocument,
        { input: { groupId: group.id, ...housingMeeting, endsAt: '2018-11-21T11:00:00Z' } },
        { token: secretary.token },
      );
      expect(endBefore.errors?.[0].extensions?.fields).toEqual([
        { field: 'endsAt', message: 'Päättymisajan on oltava alkamisajan jälkeen.' },
      ]);
      const farFuture = await t.gql(
        CreateMeetingDocument,
        { input: { groupId: group.id, ...housingMeeting, startsAt: '3018-11-21T12:00:00Z' } },
        { token: secretary.token },
      );
      expect(farFuture.errors?.[0].extensions?.fields).toEqual([
        { field: 'startsAt', message: 'Päivämäärän on oltava vuosien 2000–2100 välillä.' },
      ]);
      const notADate = await t.gql(
        CreateMeetingDocument,
        { input: { groupId: group.id, ...housingMeeting, startsAt: '21.11.2018' } },
        { token: secretary.token },
      );
      expect(codeOf(notADate)).toBe(ErrorCode.BAD_USER_INPUT);
      expect(
        await t.db
          .getRepository(MeetingEntity)
          .countBy({ groupId: group.id, title: housingMeeting.title, startsAt: new Date('3018-11-21T12:00:00Z') }),
      ).toBe(0);
    });

    it('Markdown with a script is refused and nothing is saved', async () => {
      const meeting = await world.meeting(group);
      const result = await t.gql(
        AddAgendaItemDocument,
        { input: { meetingId: meeting.id, title: 'Asuminen', description: 'Katso <script>alert(1)</script>' } },
        { token: secretary.token },
      );
      expect(result.errors?.[0].extensions?.fields).toEqual([
        { field: 'description', message: 'Kuvaus ei saa sisältää skriptejä tai HTML-upotuksia.' },
      ]);
      expect(await t.db.getRepository(AgendaItemEntity).countBy({ meetingId: meeting.id })).toBe(0);
    });

    it("a theme or presenter from outside the group, an unknown meeting, an online link that isn't one", async () => {
      const meeting = await world.meeting(group);
      const foreignTheme = await world.theme(await world.group());
      const theme = await t.gql(
        AddAgendaItemDocument,
        { input: { meetingId: meeting.id, title: 'X', themeIds: [foreignTheme.id] } },
        { token: secretary.token },
      );
      expect(theme.errors?.[0].extensions?.fields).toEqual([
        { field: 'themeIds', message: 'Teemaa ei löydy tästä ryhmästä.' },
      ]);
      const stranger = await world.user();
      const presenter = await t.gql(
        AddAgendaItemDocument,
        { input: { meetingId: meeting.id, title: 'X', presenterUserId: stranger.id } },
        { token: secretary.token },
      );
      expect(codeOf(presenter)).toBe(ErrorCode.BAD_USER_INPUT);
      const unknown = await t.gql(
        AddAgendaItemDocument,
        { input: { meetingId: '00000000-0000-4000-8000-000000000000', title: 'X' } },
        { token: secretary.token },
      );
      expect(codeOf(unknown)).toBe(ErrorCode.NOT_FOUND);
      const link = await t.gql(
        UpdateMeetingDocument,
        { input: { id: meeting.id, version: meeting.version, onlineUrl: 'javascript:alert(1)' } },
        { token: secretary.token },
      );
      expect(link.errors?.[0].extensions?.fields).toEqual([
        { field: 'onlineUrl', message: 'Anna kelvollinen verkko-osoite (https://…).' },
      ]);
      expect(await t.db.getRepository(AgendaItemEntity).countBy({ meetingId: meeting.id })).toBe(0);
    });
  });
});
