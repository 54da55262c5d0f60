import { AgendaItemKind, ErrorCode, GroupRole, Locale, MeetingStatus } from '@elinvoima/domain';
import { MeetingDocument, UpdateAgendaItemDocument } from '@elinvoima/graphql';
import { PDFParse } from 'pdf-parse';
import type { GroupEntity } from '../src/groups/group.entity.js';
import type { MeetingEntity } from '../src/meetings/meeting.entity.js';
import { codeOf, TestApp } from './support/test-app.js';
import { pagesOf } from './support/pdf.js';
import { World } from './support/world.js';

describe('the agenda as a PDF', () => {
  let t: TestApp;
  let world: World;
  let group: GroupEntity;
  let secretary: { token: string };
  let member: { token: string };
  let published: MeetingEntity;
  let slides: { id: string };

  beforeAll(async () => {
    t = await TestApp.start();
    world = new World(t);
    const municipality = await world.organization('Vesannon kunta');
    group = await world.group({ name: 'Vesannon elinvoimaryhmä', organizationId: municipality.id });
    secretary = await world.person(group, GroupRole.SECRETARY);
    member = await world.person(group, GroupRole.MEMBER);
    const chair = await world.person(group, GroupRole.CHAIR, { name: 'Päivi Hämäläinen' });

    published = await world.meeting(group, {
      status: MeetingStatus.AGENDA_PUBLISHED,
      location: 'Vesannon kunnantalo, Åkerblominsali',
      agendaPublishedAt: new Date(),
    });
    await world.agendaItem(published, { title: 'Kokouksen avaus', plannedMinutes: 5, presenterUserId: chair.user.id });
    const project = await world.project('Future Savo');
    const savo = await world.agendaItem(published, {
      title: 'Future Savo -hankkeen esittely',
      kind: AgendaItemKind.DISCUSSION,
      plannedMinutes: 30,
      presenterName: 'Ville Keränen',
      presenterOrganization: 'Kehitysyhtiö SavoGrow Oy',
      projectId: project.id,
      description:
        '**Hankkeen tavoitteet** ovat:\n\n- kuntien _yhteistyö_\n- [lisätietoa](https://savogrow.fi)\n\n<b>lopuksi</b> &amp; kysymykset',
    });
    slides = await world.attachment(savo, undefined, 'Future Savo – esittely.pdf');
    const housing = await world.theme(group, 'Asuminen');
    const vitality = await world.theme(group, 'Elinvoima');
    await t.db.query(`INSERT INTO meeting_theme VALUES ($1, $2)`, [published.id, housing.id]);
    await t.db.query(`INSERT INTO agenda_item_theme VALUES ($1, $2), ($1, $3)`, [savo.id, housing.id, vitality.id]);
    await world.agendaItem(published, {
      title: 'Syksyn teemat',
      kind: AgendaItemKind.DECISION,
      proposal: 'Elinvoimaryhmä päättää käsitellä asumista teemakokouksessa.',
    });
  });
  afterAll(() => t.close());

  const get = (meetingId: string, token?: string) => t.download(`/meetings/${meetingId}/agenda.pdf`, token);
  const errorCodeOf = (body: Buffer) => JSON.parse(body.toString()).errors[0].extensions.code as string;

  it('gives a member the published agenda in the esityslista layout, in Finnish', async () => {
    const res = await get(published.id, member.token);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['cache-control']).toMatch(/^private/);
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename="esityslista-2018-11-21.pdf"; filename*=UTF-8''esityslista-2018-11-21.pdf`,
    );
    expect(res.body.subarray(0, 5).toString()).toBe('%PDF-');

    const [page, ...more] = await pagesOf(res.body);
    expect(more).toEqual([]);
    expect(page).toContain('Vesannon elinvoimaryhmä');
    expect(page).toContain('Vesannon kunta');
    expect(page).toContain('ESITYSLISTA');
    expect(page).toContain('Teemakokous asumisesta');
    expect(page).toContain('ke 21.11.2018 klo 14.00–16.00');
    expect(page).toContain('Vesannon kunnantalo, Åkerblominsali');
    expect(page).toContain('Teemat Asuminen');
    expect(page).toContain('§ 1 Kokouksen avaus');
    expect(page).toContain('Esittelijä: Päivi Hämäläinen');
    // The second item starts after the first one's five minutes.
    expect(page).toMatch(
      /§ 2 Future Savo -hankkeen esittely klo 14\.05 · 30 min · Keskustelu Esittelijä: Ville Keränen, Kehitysyhtiö SavoGrow Oy Hanke: Future Savo Teemat: Asuminen, Elinvoima/,
    );
    expect(page).toContain('Hankkeen tavoitteet ovat:');
    expect(page).toContain('• kuntien yhteistyö • lisätietoa (https://savogrow.fi)');
    expect(page).toContain('lopuksi & kysymykset');
    expect(page).toContain('Liitteet • Future Savo – esittely.pdf');
    expect(page).toContain('§ 1 Kokouksen avaus klo 14.00 · 5 min · Tiedoksi');
    expect(page).toContain('§ 3 Syksyn teemat klo 14.35 · 15 min · Päätösasia');
    expect(page).toContain('Ehdotus: Elinvoimaryhmä päättää käsitellä asumista teemakokouksessa.');
    expect(page).toContain('Sivu 1 / 1');
    // Markdown and HTML are rendered, not shown.
    expect(page).not.toMatch(/\*\*|<b>|&amp;|\]\(/);
    expect(page).not.toContain('Muutettu');
  });

  it('links each listed attachment back to the app', async () => {
    const res = await get(published.id, member.token);
    const parser = new PDFParse({ data: new Uint8Array(res.body) });
    try {
      const info = await parser.getInfo({ parsePageInfo: true });
      expect(info.pages[0].links).toContainEqual({
        text: expect.stringContaining('Future Savo – esittely.pdf'),
        url: `http://localhost:3000/attachments/${slides.id}`,
      });
    } finally {
      await parser.destroy();
    }
  });

  it('hides a draft from members exactly as the meeting itself is hidden, and shows it to the secretary marked as a draft', async () => {
    const draft = await world.meeting(group);
    await world.agendaItem(draft, { title: 'Talousarvio 2019' });
    expect(codeOf(await t.gql(MeetingDocument, { id: draft.id }, { token: member.token }))).toBe(ErrorCode.NOT_FOUND);
    const asMember = await get(draft.id, member.token);
    expect(asMember.status).toBe(404);
    expect(errorCodeOf(asMember.body)).toBe(ErrorCode.NOT_FOUND);

    const asSecretary = await get(draft.id, secretary.token);
    expect(asSecretary.status).toBe(200);
    const [page] = await pagesOf(asSecretary.body);
    expect(page).toContain('ESITYSLISTA – LUONNOS');
    expect(page).toContain('§ 1 Talousarvio 2019');
  });

  it('tells nothing to a member of another group or to an anonymous visitor', async () => {
    const outsider = await world.person(await world.group(), GroupRole.CHAIR);
    const asOutsider = await get(published.id, outsider.token);
    expect(asOutsider.status).toBe(404);
    expect(errorCodeOf(asOutsider.body)).toBe(ErrorCode.NOT_FOUND);
    const anonymous = await get(published.id);
    expect(anonymous.status).toBe(401);
    expect(errorCodeOf(anonymous.body)).toBe(ErrorCode.UNAUTHENTICATED);
    expect((await get('00000000-0000-4000-8000-000000000000', member.token)).status).toBe(404);
    expect((await get('esityslista', member.token)).status).toBe(400);
  });

  it("speaks the viewer's language", async () => {
    const english = await world.person(group, GroupRole.MEMBER, { locale: Locale.EN });
    const res = await get(published.id, english.token);
    expect(res.headers['content-disposition']).toContain('filename="agenda-2018-11-21.pdf"');
    const [page] = await pagesOf(res.body);
    expect(page).toContain('AGENDA');
    expect(page).toContain('Wed 21.11.2018 at 14.00–16.00');
    expect(page).toContain('Proposal: Elinvoimaryhmä päättää');
    expect(page).toContain('Page 1 of 1');
  });

  it('marks the items changed after publishing, and says when the agenda was last changed', async () => {
    const meeting = await world.meeting(group, {
      status: MeetingStatus.AGENDA_PUBLISHED,
      title: 'Ajankohtaiset asiat',
    });
    await world.agendaItem(meeting, { title: 'Ennallaan pysyvä asia' });
    const item = await world.agendaItem(meeting, {
      title: 'Talousarvio',
      kind: AgendaItemKind.DECISION,
      proposal: 'Merkitään tiedoksi.',
    });
    const updated = await t.gql(
      UpdateAgendaItemDocument,
      { input: { id: item.id, version: item.version, proposal: 'Hyväksytään.' } },
      { token: secretary.token },
    );
    expect(updated.errors).toBeUndefined();

    const [page] = await pagesOf((await get(meeting.id, member.token)).body);
    expect(page).toMatch(/Esityslistaa on muutettu julkaisun jälkeen, viimeksi \S+ \d+\.\d+\.\d{4} klo \d+\.\d\d/);
    expect(page).toMatch(/§ 1 Ennallaan pysyvä asia klo 14\.00 · 15 min · Tiedoksi §/);
    expect(page).toContain('§ 2 Talousarvio klo 14.15 · 15 min · Päätösasia · Muutettu');
    expect(page).toContain('Ehdotus: Hyväksytään.');
  });

  it("says on a cancelled meeting's agenda that it was cancelled, and why", async () => {
    const meeting = await world.meeting(group, {
      status: MeetingStatus.CANCELLED,
      cancelReason: 'Päätösvaltaisuus ei täyty',
      agendaPublishedAt: new Date('2018-11-07T10:00:00Z'),
    });
    await world.agendaItem(meeting, { title: 'Kokouksen avaus' });
    const [page] = await pagesOf((await get(meeting.id, member.token)).body);
    expect(page).toContain('Kokous on peruttu. Syy: Päätösvaltaisuus ei täyty');
  });

  it('numbers the pages of a long agenda and loads it in as few queries as a short one', async () => {
    const agendaWith = async (items: number) => {
      const meeting = await world.meeting(group, { status: MeetingStatus.AGENDA_PUBLISHED });
      for (let i = 1; i <= items; i++) {
        const item = await world.agendaItem(meeting, {
          title: `Asia numero ${i}`,
          description: 'Pitkähkö kuvaus asiasta, joka jatkuu. '.repeat(8),
        });
        await world.attachment(item);
      }
      return meeting;
    };
    const short = await agendaWith(1);
    const long = await agendaWith(30);
    const queriesFor = async (meeting: MeetingEntity) => {
      const before = t.queries.total;
      const res = await get(meeting.id, member.token);
      expect(res.status).toBe(200);
      return { queries: t.queries.total - before, body: res.body };
    };
    const small = await queriesFor(short);
    const large = await queriesFor(long);
    expect(large.queries).toBe(small.queries);
    // session and access check, then the meeting; its items, changes and group together
    expect(large.queries).toBeLessThanOrEqual(6);

    const pages = await pagesOf(large.body);
    expect(pages.length).toBeGreaterThan(2);
    expect(pages[0]).toContain(`Sivu 1 / ${pages.length}`);
    expect(pages.at(-1)).toContain(`Sivu ${pages.length} / ${pages.length}`);
    expect(pages.join(' ')).toContain('§ 30 Asia numero 30');
  });
});
