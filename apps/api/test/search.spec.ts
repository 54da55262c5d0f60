import { ErrorCode, GroupRole, MeetingStatus } from '@elinvoima/domain';
import { SearchDocument } from '@elinvoima/graphql';
import type { GroupEntity } from '../src/groups/group.entity.js';
import type { MeetingEntity } from '../src/meetings/meeting.entity.js';
import { codeOf, TestApp } from './support/test-app.js';
import { World } from './support/world.js';

describe('Finnish full-text search', () => {
  let t: TestApp;
  let world: World;
  let group: GroupEntity;
  let housing: MeetingEntity;
  let draft: MeetingEntity;
  let housingItemId: string;
  let draftItemId: string;
  let member: { token: string };
  let secretary: { token: string };
  let outsider: { token: string };

  beforeAll(async () => {
    t = await TestApp.start();
    world = new World(t);
    group = await world.group({ name: 'Vesannon elinvoimaryhmä' });
    member = await world.person(group, GroupRole.MEMBER);
    secretary = await world.person(group, GroupRole.SECRETARY);
    housing = await world.meeting(group, { title: 'Teemakokous asumisesta', status: MeetingStatus.AGENDA_PUBLISHED });
    housingItemId = (
      await world.agendaItem(housing, {
        title: 'Asuminen Vesannolla',
        description: 'Ikäihmisten **asuminen** ja asumisen palvelut <script>alert(1)</script> & vuokra-asunnot.',
        proposal: 'Merkitään tiedoksi.',
      })
    ).id;
    await world.agendaItem(housing, { title: 'Talousarvio 2019', description: 'Kunnan talousarvion valmistelu.' });
    draft = await world.meeting(group, {
      title: 'Ajankohtaisia asioita',
      status: MeetingStatus.DRAFT,
      startsAt: new Date('2018-12-11T12:00:00Z'),
      endsAt: new Date('2018-12-11T14:00:00Z'),
    });
    draftItemId = (
      await world.agendaItem(draft, { title: 'Asumisen kokeilut', description: 'Luonnos: asuminen ja vuokratalot.' })
    ).id;
    const other = await world.group({ name: 'Tervon elinvoimaryhmä' });
    outsider = await world.person(other, GroupRole.CHAIR);
    const otherMeeting = await world.meeting(other, {
      title: 'Asumisen teemailta',
      status: MeetingStatus.AGENDA_PUBLISHED,
    });
    await world.agendaItem(otherMeeting, { title: 'Tervon asuminen' });
  });
  afterAll(() => t.close());

  it('finds "asuminen" by the prefixes "asum" and "asumi", with the matches marked', async () => {
    for (const query of ['asum', 'asumi', 'ASUMI']) {
      const result = await t.gql(SearchDocument, { query }, { token: member.token });
      expect(result.errors).toBeUndefined();
      const hits = result.data!.search;
      const item = hits.find((h) => h.agendaItemId === housingItemId);
      expect(item).toMatchObject({
        kind: 'AGENDA_ITEM',
        meetingId: housing.id,
        groupId: group.id,
        title: 'Asuminen Vesannolla',
        meetingTitle: housing.title,
      });
      expect(item!.snippet).toContain('<mark>Asuminen</mark>');
      expect(item!.snippet).toContain('<mark>asuminen</mark>');
      const meeting = hits.find((h) => h.kind === 'MEETING' && h.meetingId === housing.id);
      expect(meeting?.snippet).toContain('<mark>asumisesta</mark>');
      expect(hits.every((h) => h.groupId === group.id)).toBe(true);
    }
  });

  it('escapes the text around the marks and leaves out Markdown punctuation', async () => {
    const result = await t.gql(SearchDocument, { query: 'asuminen' }, { token: member.token });
    const snippet = result.data!.search.find((h) => h.agendaItemId === housingItemId)!.snippet;
    expect(snippet).not.toContain('<script>');
    expect(snippet).not.toContain('**');
    expect(snippet.replace(/<\/?mark>/g, '')).not.toMatch(/[<>]/);
    expect(snippet).toContain('&amp;');
  });

  it('matches every word (AND) and ranks title matches first', async () => {
    const both = await t.gql(SearchDocument, { query: 'asuminen vesan' }, { token: member.token });
    expect(both.data!.search.map((h) => h.agendaItemId)).toEqual([housingItemId]);
    const budget = await t.gql(SearchDocument, { query: 'talousarvio' }, { token: member.token });
    expect(budget.data!.search.map((h) => h.title)).toEqual(['Talousarvio 2019']);
    const ranked = (await t.gql(SearchDocument, { query: 'asum' }, { token: member.token })).data!.search;
    expect([...ranked].sort((a, b) => b.rank - a.rank)).toEqual(ranked);
  });

  it('shows members no draft meetings or their items; the secretary sees them', async () => {
    const asMember = await t.gql(SearchDocument, { query: 'asum' }, { token: member.token });
    expect(asMember.data!.search.map((h) => h.meetingId)).not.toContain(draft.id);
    const asSecretary = await t.gql(SearchDocument, { query: 'asum' }, { token: secretary.token });
    expect(asSecretary.data!.search.map((h) => h.agendaItemId)).toContain(draftItemId);
  });

  it('shows a member of another group nothing of this group, even when asked for it', async () => {
    const all = await t.gql(SearchDocument, { query: 'asum' }, { token: outsider.token });
    expect(all.errors).toBeUndefined();
    expect(all.data!.search.length).toBeGreaterThan(0);
    expect(all.data!.search.every((h) => h.groupId !== group.id)).toBe(true);
    const asked = await t.gql(SearchDocument, { query: 'asum', groupId: group.id }, { token: outsider.token });
    expect(asked.data!.search).toEqual([]);
  });

  it('lets an organization admin search every group', async () => {
    const admin = await world.person(null, GroupRole.MEMBER, { isOrgAdmin: true });
    const result = await t.gql(SearchDocument, { query: 'asum', groupId: group.id }, { token: admin.token });
    expect(result.data!.search.map((h) => h.agendaItemId)).toContain(draftItemId);
  });

  it('treats tsquery syntax in the input as plain separators, never as an error', async () => {
    for (const query of [
      "asum'):*!&|",
      "'",
      '&&',
      "asumi\\' | !talous",
      '(((',
      'a:* <-> b',
      "x'; DROP TABLE meeting; --",
      '🙂 asum',
    ]) {
      const result = await t.gql(SearchDocument, { query }, { token: member.token });
      if (result.errors) expect(codeOf(result)).toBe(ErrorCode.BAD_USER_INPUT);
      else expect(Array.isArray(result.data!.search)).toBe(true);
    }
    const injected = await t.gql(SearchDocument, { query: "asum'):*!&|" }, { token: member.token });
    expect(injected.data!.search.map((h) => h.agendaItemId)).toContain(housingItemId);
  });

  it('refuses an empty or punctuation-only query, and one over 200 characters, with a field message', async () => {
    for (const query of ['', '   ', "'):*!&|"]) {
      const result = await t.gql(SearchDocument, { query }, { token: member.token });
      expect(codeOf(result)).toBe(ErrorCode.BAD_USER_INPUT);
      expect(result.errors![0].extensions!.fields).toEqual([
        { field: 'query', message: 'Kirjoita hakuun vähintään yksi sana tai numero.' },
      ]);
    }
    const long = await t.gql(SearchDocument, { query: 'asum '.repeat(41) }, { token: member.token });
    expect(codeOf(long)).toBe(ErrorCode.BAD_USER_INPUT);
    expect(long.errors![0].extensions!.fields).toEqual([{ field: 'query', message: 'Enintään 200 merkkiä.' }]);
  });

  it('needs a signed-in user', async () => {
    const result = await t.gql(SearchDocument, { query: 'asum' });
    expect(codeOf(result)).toBe(ErrorCode.UNAUTHENTICATED);
  });

  it('runs one SQL statement per search however many hits', async () => {
    const few = await t.gql(SearchDocument, { query: 'talousarvio' }, { token: member.token });
    for (let i = 0; i < 15; i++) await world.agendaItem(housing, { title: `Asumisen kehittäminen ${i}` });
    const many = await t.gql(SearchDocument, { query: 'asum', limit: 50 }, { token: member.token });
    expect(many.data!.search.length).toBeGreaterThan(15);
    expect(many.sqlQueries).toBe(few.sqlQueries);
    // the session, then the search itself
    expect(many.sqlQueries).toBeLessThanOrEqual(2);
  });
});
