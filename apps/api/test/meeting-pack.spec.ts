import { ErrorCode, GroupRole, Locale, MeetingStatus } from '@elinvoima/domain';
import { UpdateAgendaItemDocument } from '@elinvoima/graphql';
import type { AgendaItemEntity } from '../src/agendas/agenda-item.entity.js';
import type { GroupEntity } from '../src/groups/group.entity.js';
import type { MeetingEntity } from '../src/meetings/meeting.entity.js';
import { outlineOf, pagesOf, samplePdf } from './support/pdf.js';
import { TestApp } from './support/test-app.js';
import { World } from './support/world.js';

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

describe('the meeting pack', () => {
  let t: TestApp;
  let world: World;
  let group: GroupEntity;
  let secretary: { token: string };
  let member: { token: string };
  let meeting: MeetingEntity;
  let savo: AgendaItemEntity;

  beforeAll(async () => {
    t = await TestApp.start();
    world = new World(t);
    group = await world.group({ name: 'Vesannon elinvoimaryhmä' });
    secretary = await world.person(group, GroupRole.SECRETARY);
    member = await world.person(group, GroupRole.MEMBER);
    meeting = await world.meeting(group, { status: MeetingStatus.AGENDA_PUBLISHED });
    await world.agendaItem(meeting, { title: 'Kokouksen avaus' });
    savo = await world.agendaItem(meeting, { title: 'Future Savo -hanke' });
    await world.attachment(savo, await samplePdf('Esittely', 3), 'esittely.pdf');
    await world.attachment(savo, PNG, 'kartta.png', 'image/png');
    const budget = await world.agendaItem(meeting, { title: 'Talousarvio' });
    await world.attachment(budget, await samplePdf('Talousarvio', 2), 'talousarvio.pdf');
    const closed = await world.agendaItem(meeting, { title: 'Luottamukselliset asiat' });
    await world.attachment(closed, await samplePdf('Salattu', 1, 'salasana'), 'salattu.pdf');
    await world.attachment(closed, Buffer.from('%PDF-1.4\nrikki\n'), 'rikki.pdf');
  });
  afterAll(() => t.close());

  const get = (path: string, token?: string) => t.download(path, token);
  const pack = (m: MeetingEntity, token?: string) => get(`/meetings/${m.id}/meeting-pack.pdf`, token);
  const storedPack = async (m: MeetingEntity) =>
    (await t.db.query(`SELECT agenda_version, xmin::text AS row_version FROM meeting_pack WHERE meeting_id = $1`, [
      m.id,
    ])) as { agenda_version: string; row_version: string }[];

  it('binds the agenda and then every PDF attachment in item order, page count the sum of its parts', async () => {
    const agenda = await outlineOf((await get(`/meetings/${meeting.id}/agenda.pdf`, member.token)).body);
    const res = await pack(meeting, member.token);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['cache-control']).toMatch(/^private/);
    expect(res.headers['content-disposition']).toContain('filename="kokousmateriaali-2018-11-21.pdf"');

    const { pages } = await outlineOf(res.body);
    // The agenda, the presentation's three pages and the budget's two; the encrypted and the broken file stay out.
    expect(pages).toBe(agenda.pages + 3 + 2);
    const text = await pagesOf(res.body);
    expect(text[agenda.pages]).toContain('Esittely sivu 1');
    expect(text[agenda.pages + 3]).toContain('Talousarvio sivu 1');
    text.forEach((page, i) => expect(page).toContain(`Sivu ${i + 1} / ${pages}`));
  });

  it('has a bookmark for the agenda, each item and each attached PDF, opening their pages', async () => {
    const { bookmarks } = await outlineOf((await pack(meeting, member.token)).body);
    expect(bookmarks).toEqual([
      { title: 'Esityslista', page: 1, children: [] },
      { title: '§ 1 Kokouksen avaus', page: 1, children: [] },
      { title: '§ 2 Future Savo -hanke', page: 1, children: [{ title: 'Liite: esittely.pdf', page: 2, children: [] }] },
      { title: '§ 3 Talousarvio', page: 1, children: [{ title: 'Liite: talousarvio.pdf', page: 5, children: [] }] },
      { title: '§ 4 Luottamukselliset asiat', page: 1, children: [] },
    ]);
  });

  it('lists the files it could not bind as links, and says why', async () => {
    const [agenda] = await pagesOf((await pack(meeting, member.token)).body);
    expect(agenda).toContain('kartta.png');
    expect(agenda).toContain('salattu.pdf (ei kokousmateriaalissa: PDF on salattu tai viallinen)');
    expect(agenda).toContain('rikki.pdf (ei kokousmateriaalissa: PDF on salattu tai viallinen)');
  });

  it('is made once per version of the agenda: the next request is served from the stored pack', async () => {
    const other = await world.meeting(group, { status: MeetingStatus.AGENDA_PUBLISHED });
    const item = await world.agendaItem(other, { title: 'Kokouksen avaus' });
    await world.attachment(item, await samplePdf('Liite', 1), 'liite.pdf');
    const first = await pack(other, member.token);
    const [stored] = await storedPack(other);
    expect(stored).toBeDefined();

    const before = t.queries.total;
    const again = await pack(other, secretary.token);
    expect(again.body.equals(first.body)).toBe(true);
    // session and access, the agenda as for its PDF, then the stored pack: nothing is read to make one
    expect(t.queries.total - before).toBeLessThanOrEqual(7);
    // Not written again: the row is the very one the first request stored.
    expect(await storedPack(other)).toEqual([stored]);

    const renamed = await t.gql(
      UpdateAgendaItemDocument,
      { input: { id: item.id, version: item.version, title: 'Avaus ja läsnäolijat' } },
      { token: secretary.token },
    );
    expect(renamed.errors).toBeUndefined();
    const changed = await pack(other, member.token);
    const [restored] = await storedPack(other);
    expect(restored.agenda_version).not.toBe(stored.agenda_version);
    expect((await outlineOf(changed.body)).bookmarks[1].title).toBe('§ 1 Avaus ja läsnäolijat');
  });

  it('speaks the reader language, kept apart from the Finnish pack', async () => {
    const english = await world.person(group, GroupRole.MEMBER, { locale: Locale.EN });
    const res = await pack(meeting, english.token);
    expect(res.headers['content-disposition']).toContain('filename="meeting-pack-2018-11-21.pdf"');
    const { pages, bookmarks } = await outlineOf(res.body);
    expect(bookmarks[0].title).toBe('Agenda');
    expect(bookmarks[2].children[0].title).toBe('Attachment: esittely.pdf');
    expect((await pagesOf(res.body)).at(-1)).toContain(`Page ${pages} of ${pages}`);
    const rows = await t.db.query(`SELECT locale FROM meeting_pack WHERE meeting_id = $1 ORDER BY locale`, [
      meeting.id,
    ]);
    expect(rows.map((row: { locale: string }) => row.locale)).toEqual(['en', 'fi']);
  });

  it('hides a draft from members as the agenda is hidden, and tells outsiders nothing', async () => {
    const draft = await world.meeting(group);
    await world.agendaItem(draft, { title: 'Talousarvio 2019' });
    const asMember = await pack(draft, member.token);
    expect(asMember.status).toBe(404);
    expect(JSON.parse(asMember.body.toString()).errors[0].extensions.code).toBe(ErrorCode.NOT_FOUND);
    const asSecretary = await pack(draft, secretary.token);
    expect(asSecretary.status).toBe(200);
    expect((await pagesOf(asSecretary.body))[0]).toContain('ESITYSLISTA – LUONNOS');

    const outsider = await world.person(await world.group(), GroupRole.CHAIR);
    expect((await pack(meeting, outsider.token)).status).toBe(404);
    expect((await pack(meeting)).status).toBe(401);
  });
});
