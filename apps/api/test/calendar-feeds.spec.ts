import { GroupRole, Locale, MeetingStatus } from '@elinvoima/domain';
import {
  CancelMeetingDocument,
  CreateGroupCalendarFeedDocument,
  CreateMyCalendarFeedDocument,
  MyCalendarFeedsDocument,
  RevokeCalendarFeedDocument,
  UpdateMeetingDocument,
} from '@elinvoima/graphql';
import type { GroupEntity } from '../src/groups/group.entity.js';
import { MembershipEntity } from '../src/groups/membership.entity.js';
import { eventsOf, parseCalendar } from './support/ical.js';
import { codeOf, TestApp } from './support/test-app.js';
import { World } from './support/world.js';

const PUBLIC_URL = 'https://elinvoima.vesanto.example';

describe('calendar feeds and the meeting .ics', () => {
  let t: TestApp;
  let world: World;
  let vesanto: GroupEntity;
  let tervo: GroupEntity;
  let secretary: Awaited<ReturnType<World['person']>>;
  let member: Awaited<ReturnType<World['person']>>;
  let outsider: Awaited<ReturnType<World['person']>>;

  beforeAll(async () => {
    t = await TestApp.start({ PUBLIC_URL });
    world = new World(t);
    vesanto = await world.group({ name: 'Vesannon elinvoimaryhmä' });
    tervo = await world.group({ name: 'Tervon elinvoimaryhmä' });
    secretary = await world.person(vesanto, GroupRole.SECRETARY);
    member = await world.person(vesanto, GroupRole.MEMBER);
    await world.membership(tervo, member.user, GroupRole.MEMBER);
    outsider = await world.person(tervo, GroupRole.MEMBER);
  });
  afterAll(() => t.close());

  /** Fetches a feed anonymously, as a calendar app does, by the path of its secret address. */
  async function fetchFeed(url: string) {
    expect(url.startsWith(`${PUBLIC_URL}/calendar/`)).toBe(true);
    return t.http().get(new URL(url).pathname).buffer(true);
  }

  async function groupFeed(token: string, groupId = vesanto.id): Promise<{ id: string; url: string }> {
    const created = await t.gql(CreateGroupCalendarFeedDocument, { input: { groupId } }, { token });
    expect(created.errors).toBeUndefined();
    return { id: created.data!.createGroupCalendarFeed.feed.id, url: created.data!.createGroupCalendarFeed.url };
  }

  it('serves a group feed that a real parser reads: Helsinki time zone, published meetings, no drafts; changes keep the UID and raise SEQUENCE', async () => {
    const published = await world.meeting(vesanto, {
      title: 'Ajankohtaisia asioita',
      status: MeetingStatus.AGENDA_PUBLISHED,
      startsAt: new Date('2018-10-24T11:00:00Z'),
      endsAt: new Date('2018-10-24T13:00:00Z'),
    });
    const draft = await world.meeting(vesanto, { title: 'Luonnos; ei näy', status: MeetingStatus.DRAFT });
    const feed = await groupFeed(member.token);

    const res = await fetchFeed(feed.url);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8');
    const calendar = parseCalendar(res.text);
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Vesannon elinvoimaryhmä');
    expect(calendar.getFirstSubcomponent('vtimezone')?.getFirstPropertyValue('tzid')).toBe('Europe/Helsinki');
    const events = eventsOf(calendar);
    expect(events.map((e) => e.uid)).toContain(`${published.id}@elinvoima`);
    expect(events.map((e) => e.uid)).not.toContain(`${draft.id}@elinvoima`);
    const event = events.find((e) => e.uid === `${published.id}@elinvoima`)!;
    expect(event.summary).toBe('Vesannon elinvoimaryhmä: Ajankohtaisia asioita');
    expect(event.startDate.zone.tzid).toBe('Europe/Helsinki');
    expect(event.startDate.toString()).toBe('2018-10-24T14:00:00');
    expect(event.startDate.toJSDate().toISOString()).toBe('2018-10-24T11:00:00.000Z');
    expect(event.component.getFirstPropertyValue('url')).toBe(`${PUBLIC_URL}/kokoukset/${published.id}`);

    const moved = await t.gql(
      UpdateMeetingDocument,
      { input: { id: published.id, version: published.version, location: 'Vesannon kirjasto' } },
      { token: secretary.token },
    );
    expect(moved.errors).toBeUndefined();
    const afterMove = eventsOf(parseCalendar((await fetchFeed(feed.url)).text)).find((e) => e.uid === event.uid)!;
    expect(afterMove.location).toBe('Vesannon kirjasto');
    expect(afterMove.sequence).toBeGreaterThan(event.sequence);

    await t.gql(
      CancelMeetingDocument,
      { input: { id: published.id, version: moved.data!.updateMeeting.version, reason: 'Ei käsiteltävää' } },
      { token: secretary.token },
    );
    const afterCancel = eventsOf(parseCalendar((await fetchFeed(feed.url)).text)).find((e) => e.uid === event.uid)!;
    expect(afterCancel.component.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(afterCancel.sequence).toBeGreaterThan(afterMove.sequence);
  });

  it('describes each published meeting with its numbered agenda and presenters, readable offline', async () => {
    const meeting = await world.meeting(vesanto, {
      title: 'Elinvoimaseminaari',
      status: MeetingStatus.AGENDA_PUBLISHED,
      onlineUrl: 'https://teams.example/seminaari',
    });
    await world.agendaItem(meeting, { title: 'Kokouksen avaus', presenterUserId: secretary.user.id });
    await world.agendaItem(meeting, {
      title: 'Future Savo; hankkeen esittely',
      presenterName: 'Ville Keränen',
      presenterOrganization: 'Kehitysyhtiö SavoGrow Oy',
    });
    await world.agendaItem(meeting, { title: 'Muut asiat' });
    const cancelled = await world.meeting(vesanto, {
      status: MeetingStatus.CANCELLED,
      cancelReason: 'Sairastumisia',
      agendaPublishedAt: new Date('2018-11-07T10:00:00Z'),
    });
    await world.agendaItem(cancelled, { title: 'Peruttu asia' });
    const draft = await world.meeting(vesanto, { status: MeetingStatus.DRAFT });
    await world.agendaItem(draft, { title: 'Salainen luonnos' });

    const feed = await fetchFeed((await groupFeed(member.token)).url);
    expect(feed.text).not.toContain('Salainen luonnos');
    const events = eventsOf(parseCalendar(feed.text));
    const event = events.find((e) => e.uid === `${meeting.id}@elinvoima`)!;
    expect(event.description).toBe(
      [
        'Esityslista:',
        `§ 1 Kokouksen avaus (${secretary.user.name})`,
        '§ 2 Future Savo; hankkeen esittely (Ville Keränen, Kehitysyhtiö SavoGrow Oy)',
        '§ 3 Muut asiat',
        '',
        'https://teams.example/seminaari',
        '',
        `${PUBLIC_URL}/kokoukset/${meeting.id}`,
      ].join('\n'),
    );
    const dropped = events.find((e) => e.uid === `${cancelled.id}@elinvoima`)!;
    expect(dropped.description).toBe(`Sairastumisia\n\n${PUBLIC_URL}/kokoukset/${cancelled.id}`);
  });

  it("serves a personal feed with the meetings of all the person's groups and nobody else's", async () => {
    const own = await world.meeting(vesanto, {
      title: 'Teemakokous yrittäjyydestä',
      status: MeetingStatus.AGENDA_PUBLISHED,
    });
    const inTervo = await world.meeting(tervo, { title: 'Tervon kokous', status: MeetingStatus.AGENDA_PUBLISHED });
    const elsewhere = await world.meeting(await world.group(), {
      title: 'Muun ryhmän kokous',
      status: MeetingStatus.AGENDA_PUBLISHED,
    });
    const created = await t.gql(CreateMyCalendarFeedDocument, {}, { token: member.token });
    const calendar = parseCalendar((await fetchFeed(created.data!.createMyCalendarFeed.url)).text);
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Omat kokoukset (Elinvoima)');
    const uids = eventsOf(calendar).map((e) => e.uid);
    expect(uids).toEqual(expect.arrayContaining([`${own.id}@elinvoima`, `${inTervo.id}@elinvoima`]));
    expect(uids).not.toContain(`${elsewhere.id}@elinvoima`);
  });

  it('stops a feed that is revoked, or whose maker has left the group; only its maker can revoke it', async () => {
    const feed = await groupFeed(member.token);
    expect((await fetchFeed(feed.url)).status).toBe(200);
    const listed = await t.gql(MyCalendarFeedsDocument, {}, { token: member.token });
    expect(listed.data?.myCalendarFeeds.map((f) => f.id)).toContain(feed.id);
    expect(
      (await t.gql(MyCalendarFeedsDocument, {}, { token: secretary.token })).data?.myCalendarFeeds.map((f) => f.id),
    ).not.toContain(feed.id);

    const bySomeoneElse = await t.gql(
      RevokeCalendarFeedDocument,
      { input: { id: feed.id } },
      { token: secretary.token },
    );
    expect(codeOf(bySomeoneElse)).toBe('NOT_FOUND');
    expect((await fetchFeed(feed.url)).status).toBe(200);

    const revoked = await t.gql(RevokeCalendarFeedDocument, { input: { id: feed.id } }, { token: member.token });
    expect(revoked.errors).toBeUndefined();
    expect((await fetchFeed(feed.url)).status).toBe(404);
    expect(
      (await t.gql(MyCalendarFeedsDocument, {}, { token: member.token })).data?.myCalendarFeeds.map((f) => f.id),
    ).not.toContain(feed.id);

    const leaving = await world.person(vesanto, GroupRole.MEMBER);
    const theirs = await groupFeed(leaving.token);
    await t.db.getRepository(MembershipEntity).update(leaving.membership!.id, { until: '2018-12-31' });
    expect((await fetchFeed(theirs.url)).status).toBe(404);
  });

  it('answers an unknown or malformed feed address with 404', async () => {
    for (const path of [
      '/calendar/abc.ics',
      `/calendar/${'A'.repeat(43)}.ics`,
      `/calendar/${'A'.repeat(43)}`,
      '/calendar/%00.ics',
    ]) {
      const res = await t.http().get(path);
      expect(res.status).toBe(404);
      expect(res.text).not.toMatch(/stack|at \w+ \(/i);
    }
  });

  it('refuses a member of another group a feed of this group', async () => {
    const result = await t.gql(
      CreateGroupCalendarFeedDocument,
      { input: { groupId: vesanto.id } },
      { token: outsider.token },
    );
    expect(codeOf(result)).toBe('NOT_FOUND');
  });

  describe('one meeting as .ics', () => {
    const ics = (id: string, token?: string) => {
      const req = t.http().get(`/meetings/${id}/invitation.ics`).buffer(true);
      return token ? req.set('authorization', `Bearer ${token}`) : req;
    };

    it('gives a member a published meeting to add to a calendar', async () => {
      const meeting = await world.meeting(vesanto, { status: MeetingStatus.AGENDA_PUBLISHED });
      const res = await ics(meeting.id, member.token);
      expect(res.status).toBe(200);
      expect(res.headers['content-disposition']).toContain('kokous-20181121.ics');
      const calendar = parseCalendar(res.text);
      expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
      const [event] = eventsOf(calendar);
      expect(event.uid).toBe(`${meeting.id}@elinvoima`);
      expect(event.startDate.toString()).toBe('2018-11-21T14:00:00');
    });

    it("lists the published agenda in the viewer's language, and a draft's agenda never", async () => {
      const meeting = await world.meeting(vesanto, { status: MeetingStatus.AGENDA_PUBLISHED });
      await world.agendaItem(meeting, { title: 'Kokouksen avaus', presenterName: 'Marja Hakkarainen' });
      const english = await world.person(vesanto, GroupRole.MEMBER, { locale: Locale.EN });
      const [event] = eventsOf(parseCalendar((await ics(meeting.id, english.token)).text));
      expect(event.description).toContain('Agenda:\n§ 1 Kokouksen avaus (Marja Hakkarainen)\n\n');

      const draft = await world.meeting(vesanto);
      await world.agendaItem(draft, { title: 'Talousarvio 2019' });
      const [drafted] = eventsOf(parseCalendar((await ics(draft.id, secretary.token)).text));
      expect(drafted.description).toBe(`${PUBLIC_URL}/kokoukset/${draft.id}`);
    });

    it('hides a draft from a member and every meeting from outsiders and anonymous visitors', async () => {
      const draft = await world.meeting(vesanto);
      const published = await world.meeting(vesanto, { status: MeetingStatus.AGENDA_PUBLISHED });
      expect((await ics(draft.id, member.token)).status).toBe(404);
      expect((await ics(draft.id, secretary.token)).status).toBe(200);
      expect((await ics(published.id, outsider.token)).status).toBe(404);
      expect((await ics(published.id)).status).toBe(401);
      expect((await ics('not-a-uuid', member.token)).status).toBe(400);
    });
  });
});
