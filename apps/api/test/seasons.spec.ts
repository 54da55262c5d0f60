import { ErrorCode, GroupRole, Locale, MeetingStatus } from '@elinvoima/domain';
import { ConfirmSeasonDocument, MeetingDocument, PlanSeasonDocument } from '@elinvoima/graphql';
import { addDefaultStandingItems } from '../src/agendas/standing-items.js';
import type { GroupEntity } from '../src/groups/group.entity.js';
import { MeetingEntity } from '../src/meetings/meeting.entity.js';
import { codeOf, TestApp } from './support/test-app.js';
import { World } from './support/world.js';

describe('planning a season', () => {
  let t: TestApp;
  let world: World;
  let group: GroupEntity;
  let secretary: { token: string };

  beforeAll(async () => {
    t = await TestApp.start();
    world = new World(t);
    group = await world.group({ name: 'Vesannon elinvoimaryhmä' });
    await t.db.transaction((tx) => addDefaultStandingItems(tx, group.id));
    secretary = await world.person(group, GroupRole.SECRETARY);
  });
  afterAll(() => t.close());

  const autumn = { from: '2018-10-01', to: '2018-12-31', startTime: '14.00', durationMinutes: 120 };

  it("proposes the seed's autumn (24.10, 21.11, 11.12) at 14.00 Helsinki time", async () => {
    const plan = await t.gql(
      PlanSeasonDocument,
      {
        input: {
          groupId: group.id,
          ...autumn,
          rule: { type: 'DATES', dates: ['2018-10-24', '2018-11-21', '2018-12-11'] },
        },
      },
      { token: secretary.token },
    );
    expect(plan.data?.planSeason.map((p) => [p.date, p.startsAt, p.skippedBecause, p.conflicts])).toEqual([
      ['2018-10-24', '2018-10-24T11:00:00.000Z', null, []],
      ['2018-11-21', '2018-11-21T12:00:00.000Z', null, []],
      ['2018-12-11', '2018-12-11T12:00:00.000Z', null, []],
    ]);
  });

  it('skips Independence Day (6.12.) inside the range', async () => {
    const plan = await t.gql(
      PlanSeasonDocument,
      {
        input: {
          groupId: group.id,
          ...autumn,
          from: '2018-11-29',
          to: '2018-12-13',
          rule: { type: 'EVERY_N_WEEKS', weekday: 4, interval: 1 },
        },
      },
      { token: secretary.token },
    );
    expect(plan.data?.planSeason.map((p) => [p.date, p.skippedBecause])).toEqual([
      ['2018-11-29', null],
      ['2018-12-06', 'itsenäisyyspäivä'],
      ['2018-12-13', null],
    ]);
    const englishChair = await world.person(group, GroupRole.CHAIR, { locale: Locale.EN });
    const english = await t.gql(
      PlanSeasonDocument,
      { input: { groupId: group.id, ...autumn, rule: { type: 'DATES', dates: ['2018-12-06'] } } },
      { token: englishChair.token },
    );
    expect(english.data?.planSeason[0].skippedBecause).toBe('Independence Day');
  });

  it("flags the group's own overlapping meeting and members busy in another group", async () => {
    const other = await world.group({ name: 'Tervon elinvoimaryhmä' });
    const coordinator = await world.user({ name: 'Heli Savolainen' });
    await world.membership(group, coordinator, GroupRole.MEMBER);
    await world.membership(other, coordinator, GroupRole.MEMBER);
    await world.meeting(other, {
      startsAt: new Date('2018-10-10T12:00:00Z'),
      endsAt: new Date('2018-10-10T13:00:00Z'),
      status: MeetingStatus.AGENDA_PUBLISHED,
    });
    const own = await world.meeting(group, {
      title: 'Budjettikokous',
      startsAt: new Date('2018-10-17T11:30:00Z'),
      endsAt: new Date('2018-10-17T12:30:00Z'),
    });
    const plan = await t.gql(
      PlanSeasonDocument,
      {
        input: {
          groupId: group.id,
          ...autumn,
          rule: { type: 'DATES', dates: ['2018-10-10', '2018-10-17', '2018-10-31'] },
        },
      },
      { token: secretary.token },
    );
    expect(plan.data?.planSeason.map((p) => p.conflicts.map((c) => [c.kind, c.description, c.meetingId]))).toEqual([
      [['MEMBER_BUSY', 'Heli Savolainen on samaan aikaan toisen ryhmän kokouksessa', null]],
      [['GROUP_MEETING', 'Ryhmällä on jo kokous samaan aikaan: Budjettikokous', own.id]],
      [],
    ]);
  });

  it('creates all meetings in one step, each with the standing items', async () => {
    const meetings = [
      {
        title: 'Ajankohtaisia asioita (mm. budjetti 2019)',
        kind: 'REGULAR' as const,
        startsAt: '2018-10-24T11:00:00Z',
        endsAt: '2018-10-24T13:00:00Z',
      },
      {
        title: 'Teemakokous asumisesta',
        kind: 'THEME' as const,
        startsAt: '2018-11-21T12:00:00Z',
        endsAt: '2018-11-21T14:00:00Z',
      },
      {
        title: 'Ajankohtaisia asioita',
        kind: 'REGULAR' as const,
        startsAt: '2018-12-11T12:00:00Z',
        endsAt: '2018-12-11T14:00:00Z',
      },
    ];
    const created = await t.gql(
      ConfirmSeasonDocument,
      { input: { groupId: group.id, meetings } },
      { token: secretary.token },
    );
    expect(created.data?.confirmSeason.map((m) => [m.title, m.status])).toEqual(
      meetings.map((m) => [m.title, 'DRAFT']),
    );
    const first = await t.gql(MeetingDocument, { id: created.data!.confirmSeason[0].id }, { token: secretary.token });
    expect(first.data?.meeting.agenda).toHaveLength(4);
  });

  it('writes nothing when one meeting of the season is wrong, and says which', async () => {
    const before = await t.db.getRepository(MeetingEntity).countBy({ groupId: group.id });
    const result = await t.gql(
      ConfirmSeasonDocument,
      {
        input: {
          groupId: group.id,
          meetings: [
            { title: 'Hyvä', kind: 'REGULAR', startsAt: '2019-01-16T12:00:00Z', endsAt: '2019-01-16T14:00:00Z' },
            { title: 'Väärin päin', kind: 'REGULAR', startsAt: '2019-02-13T14:00:00Z', endsAt: '2019-02-13T12:00:00Z' },
          ],
        },
      },
      { token: secretary.token },
    );
    expect(result.errors?.[0].extensions?.fields).toEqual([
      { field: 'meetings.1.endsAt', message: 'Päättymisajan on oltava alkamisajan jälkeen.' },
    ]);
    expect(await t.db.getRepository(MeetingEntity).countBy({ groupId: group.id })).toBe(before);
  });

  it('refuses a range backwards, a bad time or rule, with field messages', async () => {
    const backwards = await t.gql(
      PlanSeasonDocument,
      {
        input: {
          groupId: group.id,
          ...autumn,
          from: '2018-12-31',
          to: '2018-10-01',
          rule: { type: 'DATES', dates: ['2018-11-21'] },
        },
      },
      { token: secretary.token },
    );
    expect(backwards.errors?.[0].extensions?.fields).toEqual([
      { field: 'to', message: 'Kauden viimeinen päivä ei voi olla ennen ensimmäistä.' },
    ]);
    const badTime = await t.gql(
      PlanSeasonDocument,
      {
        input: {
          groupId: group.id,
          ...autumn,
          startTime: '25.00',
          rule: { type: 'EVERY_N_WEEKS', weekday: 9, interval: 4 },
        },
      },
      { token: secretary.token },
    );
    expect(codeOf(badTime)).toBe(ErrorCode.BAD_USER_INPUT);
    expect(badTime.errors?.[0].extensions?.fields).toEqual([
      { field: 'rule.weekday', message: 'Arvon on oltava enintään 7.' },
      { field: 'startTime', message: 'Anna kellonaika muodossa 14.00.' },
    ]);
  });
});
