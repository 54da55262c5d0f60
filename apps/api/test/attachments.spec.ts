import { ErrorCode, GroupRole, Locale, MeetingStatus } from '@elinvoima/domain';
import {
  MeetingDocument,
  MeetingWithAttachmentsDocument,
  PublishAgendaDocument,
  RemoveAttachmentDocument,
} from '@elinvoima/graphql';
import { createHash } from 'node:crypto';
import type { GroupEntity } from '../src/groups/group.entity.js';
import type { MeetingEntity } from '../src/meetings/meeting.entity.js';
import { codeOf, TestApp } from './support/test-app.js';
import { World } from './support/world.js';

/** A minimal valid one-page PDF, with a correct cross-reference table. */
function minimalPdf(): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << >> >>',
    '<< /Length 0 >>\nstream\n\nendstream',
  ];
  let body = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(Buffer.byteLength(body, 'latin1'));
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body, 'latin1');
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  body += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

const MB = 1024 * 1024;

describe('agenda item attachments', () => {
  let t: TestApp;
  let world: World;
  let group: GroupEntity;
  let secretary: { token: string };
  let member: { token: string };
  let outsider: { token: string };

  beforeAll(async () => {
    t = await TestApp.start();
    world = new World(t);
    group = await world.group();
    secretary = await world.person(group, GroupRole.SECRETARY);
    member = await world.person(group, GroupRole.MEMBER);
    outsider = await world.person(await world.group(), GroupRole.CHAIR);
  });
  afterAll(() => t.close());

  const upload = (itemId: string, content: Buffer, fileName: string, token?: string, header = true) => {
    let req = t.http().post(`/agenda-items/${itemId}/attachments`);
    if (token) req = req.set('authorization', `Bearer ${token}`);
    if (header) req = req.set('x-elinvoima-upload', '1');
    return req.attach('file', content, { filename: fileName, contentType: 'application/pdf' });
  };
  const download = (id: string, token?: string) => t.download(`/attachments/${id}`, token);
  const count = async () =>
    (
      await t.db.query(
        `SELECT (SELECT count(*) FROM attachment)::int AS a, (SELECT count(*) FROM attachment_content)::int AS c`,
      )
    )[0];

  async function draftItem(): Promise<{ meeting: MeetingEntity; itemId: string }> {
    const meeting = await world.meeting(group);
    return { meeting, itemId: (await world.agendaItem(meeting)).id };
  }

  it('stores a PDF uploaded by the secretary with its checksum; members get the same bytes only once the agenda is published', async () => {
    const { meeting, itemId } = await draftItem();
    const pdf = minimalPdf();
    const res = await upload(itemId, pdf, 'Asumisen selvitys – Vesanto ä ö.pdf', secretary.token);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      agendaItemId: itemId,
      fileName: 'Asumisen selvitys – Vesanto ä ö.pdf',
      mediaType: 'application/pdf',
      sizeBytes: pdf.length,
      sha256: createHash('sha256').update(pdf).digest('hex'),
      downloadUrl: `/attachments/${res.body.id}`,
    });

    const before = await download(res.body.id, member.token);
    expect(before.status).toBe(404);
    expect(before.body.toString()).toContain(ErrorCode.NOT_FOUND);
    const asSecretary = await download(res.body.id, secretary.token);
    expect(asSecretary.status).toBe(200);

    const published = await t.gql(
      PublishAgendaDocument,
      { input: { meetingId: meeting.id, version: meeting.version } },
      { token: secretary.token },
    );
    expect(published.errors).toBeUndefined();
    const got = await download(res.body.id, member.token);
    expect(got.status).toBe(200);
    expect(Buffer.compare(got.body, pdf)).toBe(0);
    expect(got.headers['content-type']).toBe('application/pdf');
    expect(got.headers['x-content-type-options']).toBe('nosniff');
    expect(got.headers['etag']).toBe(`"${res.body.sha256}"`);
    expect(got.headers['content-disposition']).toBe(
      `attachment; filename="Asumisen selvitys _ Vesanto a o.pdf"; filename*=UTF-8''Asumisen%20selvitys%20%E2%80%93%20Vesanto%20%C3%A4%20%C3%B6.pdf`,
    );
    const again = await download(res.body.id, member.token).set('if-none-match', `"${res.body.sha256}"`);
    expect(again.status).toBe(304);

    const agenda = await t.gql(MeetingWithAttachmentsDocument, { id: meeting.id }, { token: member.token });
    expect(agenda.data?.meeting.agenda[0].attachments).toEqual([
      expect.objectContaining({
        id: res.body.id,
        fileName: res.body.fileName,
        sizeBytes: pdf.length,
        sha256: res.body.sha256,
        downloadUrl: res.body.downloadUrl,
      }),
    ]);
  });

  it('hides files from other groups and refuses anonymous visitors', async () => {
    const meeting = await world.meeting(group, { status: MeetingStatus.AGENDA_PUBLISHED });
    const attachment = await world.attachment(await world.agendaItem(meeting));
    expect((await download(attachment.id, outsider.token)).status).toBe(404);
    const anonymous = await download(attachment.id);
    expect(anonymous.status).toBe(401);
    expect(JSON.parse(anonymous.body.toString()).errors[0].extensions.code).toBe(ErrorCode.UNAUTHENTICATED);
    expect((await download('00000000-0000-4000-8000-000000000000', member.token)).status).toBe(404);
    expect((await download('not-a-uuid', member.token)).status).toBe(400);
  });

  it('sends a signed-out browser that opens a file link (from a PDF, say) to sign in first', async () => {
    const meeting = await world.meeting(group, { status: MeetingStatus.AGENDA_PUBLISHED });
    const attachment = await world.attachment(await world.agendaItem(meeting));
    const visit = await download(attachment.id).set('accept', 'text/html,application/xhtml+xml,*/*;q=0.8');
    expect(visit.status).toBe(303);
    expect(visit.headers.location).toBe(`/kirjaudu?seuraava=${encodeURIComponent(`/attachments/${attachment.id}`)}`);
    // A script asking for the file is told in JSON, as before.
    expect((await download(attachment.id).set('accept', 'application/json')).status).toBe(401);
  });

  it('lets only the chair and the secretary upload', async () => {
    const { itemId } = await draftItem();
    expect((await upload(itemId, minimalPdf(), 'a.pdf', member.token)).status).toBe(403);
    const published = await world.meeting(group, { status: MeetingStatus.AGENDA_PUBLISHED });
    const item = await world.agendaItem(published);
    const asMember = await upload(item.id, minimalPdf(), 'a.pdf', member.token);
    expect(asMember.status).toBe(403);
    expect((await upload(item.id, minimalPdf(), 'a.pdf', outsider.token)).status).toBe(404);
    expect((await upload(item.id, minimalPdf(), 'a.pdf')).status).toBe(401);
  });

  it('needs the upload header, so a cross-site form cannot upload', async () => {
    const { itemId } = await draftItem();
    const res = await upload(itemId, minimalPdf(), 'a.pdf', secretary.token, false);
    expect(res.status).toBe(400);
    expect(res.body.errors[0].extensions.code).toBe(ErrorCode.BAD_USER_INPUT);
  });

  it('refuses a 25 MB body with 413 and a clear message, storing nothing', async () => {
    const { itemId } = await draftItem();
    const before = await count();
    const big = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(25 * MB)]);
    const english = await world.person(group, GroupRole.SECRETARY, { locale: Locale.EN });
    const res = await upload(itemId, big, 'iso.pdf', english.token);
    expect(res.status).toBe(413);
    expect(res.body).toEqual({
      errors: [
        {
          message: 'The attachment is too large (at most 20 MB).',
          extensions: {
            code: ErrorCode.BAD_USER_INPUT,
            fields: [{ field: 'file', message: 'The attachment is too large (at most 20 MB).' }],
          },
        },
      ],
    });
    // Just over the limit, so the parser (not the announced length) stops it; in this viewer's Finnish.
    const over = await upload(
      itemId,
      Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(20 * MB)]),
      'iso.pdf',
      secretary.token,
    );
    expect(over.status).toBe(413);
    expect(over.body.errors[0].extensions.fields).toEqual([
      { field: 'file', message: 'Liite on liian suuri (enintään 20 Mt).' },
    ]);
    expect(await count()).toEqual(before);
  });

  it('refuses a program or a text file named .pdf with 415', async () => {
    const { itemId } = await draftItem();
    const before = await count();
    for (const [content, name] of [
      [Buffer.concat([Buffer.from('MZ\x90\x00'), Buffer.alloc(512)]), 'ohjelma.exe'],
      [Buffer.from('Tämä on tekstiä, ei PDF.'), 'esityslista.pdf'],
      [Buffer.from('<html><script>alert(1)</script></html>'), 'liite.pdf'],
    ] as const) {
      const res = await upload(itemId, content, name, secretary.token);
      expect(res.status).toBe(415);
      expect(res.body.errors[0].extensions.fields[0]).toEqual({
        field: 'file',
        message: expect.stringContaining('Tiedostotyyppiä ei tueta'),
      });
    }
    const empty = await upload(itemId, Buffer.alloc(0), 'tyhja.pdf', secretary.token);
    expect(empty.status).toBe(400);
    const noFile = await t
      .http()
      .post(`/agenda-items/${itemId}/attachments`)
      .set('authorization', `Bearer ${secretary.token}`)
      .set('x-elinvoima-upload', '1')
      .field('other', 'x');
    expect(noFile.status).toBe(400);
    expect(noFile.body.errors[0].extensions.fields[0].field).toBe('file');
    expect(await count()).toEqual(before);
  });

  it('takes the type from the content and fixes the name to match', async () => {
    const { itemId } = await draftItem();
    const png = Buffer.from(
      '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a0e30000000049454e44ae426082',
      'hex',
    );
    const res = await upload(itemId, png, '../kuva.pdf', secretary.token);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ mediaType: 'image/png', fileName: 'kuva.pdf.png' });
  });

  it('lets managers remove an attachment and its content', async () => {
    const meeting = await world.meeting(group, { status: MeetingStatus.AGENDA_PUBLISHED });
    const item = await world.agendaItem(meeting);
    const keep = await world.attachment(item);
    const gone = await world.attachment(item);
    const asMember = await t.gql(RemoveAttachmentDocument, { input: { id: gone.id } }, { token: member.token });
    expect(codeOf(asMember)).toBe(ErrorCode.FORBIDDEN);
    const removed = await t.gql(RemoveAttachmentDocument, { input: { id: gone.id } }, { token: secretary.token });
    expect(removed.data?.removeAttachment.attachments.map((a) => a.id)).toEqual([keep.id]);
    expect(await t.db.query(`SELECT 1 FROM attachment_content WHERE attachment_id = $1`, [gone.id])).toEqual([]);
    expect((await download(gone.id, secretary.token)).status).toBe(404);
  });

  it('shows members an item as changed when a file is added to or removed from a published agenda', async () => {
    const meeting = await world.meeting(group, { status: MeetingStatus.AGENDA_PUBLISHED });
    await world.agendaItem(meeting);
    const item = await world.agendaItem(meeting, { title: 'Asumisen selvitys' });
    const changes = async () => {
      const seen = await t.gql(MeetingDocument, { id: meeting.id }, { token: member.token });
      return {
        changed: seen.data!.meeting.agenda.map((i) => i.changedAfterPublishing),
        log: seen.data!.meeting.changes.map(({ agendaItemId, itemTitle, change, fields }) => ({
          agendaItemId,
          itemTitle,
          change,
          fields,
        })),
      };
    };
    expect(await changes()).toEqual({ changed: [false, false], log: [] });

    const uploaded = await upload(item.id, minimalPdf(), 'selvitys.pdf', secretary.token);
    expect(uploaded.status).toBe(201);
    const afterUpload = await changes();
    expect(afterUpload.changed).toEqual([false, true]);
    expect(afterUpload.log).toEqual([
      { agendaItemId: item.id, itemTitle: 'Asumisen selvitys', change: 'ITEM_UPDATED', fields: ['attachments'] },
    ]);

    const removed = await t.gql(
      RemoveAttachmentDocument,
      { input: { id: uploaded.body.id } },
      { token: secretary.token },
    );
    expect(removed.errors).toBeUndefined();
    expect((await changes()).log).toHaveLength(2);
  });

  it('records nothing for files added to a draft, which members have not seen', async () => {
    const { meeting, itemId } = await draftItem();
    expect((await upload(itemId, minimalPdf(), 'luonnos.pdf', secretary.token)).status).toBe(201);
    expect(await t.db.query(`SELECT 1 FROM agenda_change WHERE meeting_id = $1`, [meeting.id])).toEqual([]);
  });

  it("refuses to add or remove files on a cancelled meeting's items", async () => {
    const meeting = await world.meeting(group, {
      status: MeetingStatus.CANCELLED,
      cancelReason: 'Ei päätösvaltaista joukkoa',
      agendaPublishedAt: new Date('2018-11-07T10:00:00Z'),
    });
    const item = await world.agendaItem(meeting);
    const kept = await world.attachment(item);
    const before = await count();

    const refused = await upload(item.id, minimalPdf(), 'myohassa.pdf', secretary.token);
    expect(refused.status).toBe(400);
    expect(refused.body.errors[0].extensions).toEqual({
      code: ErrorCode.BAD_USER_INPUT,
      fields: [{ field: 'meetingId', message: 'Peruttua kokousta ei voi muuttaa.' }],
    });
    const removal = await t.gql(RemoveAttachmentDocument, { input: { id: kept.id } }, { token: secretary.token });
    expect(codeOf(removal)).toBe(ErrorCode.BAD_USER_INPUT);
    expect(removal.errors?.[0].extensions?.fields).toEqual([
      { field: 'meetingId', message: 'Peruttua kokousta ei voi muuttaa.' },
    ]);

    expect(await count()).toEqual(before);
    expect((await download(kept.id, member.token)).status).toBe(200);
    expect(await t.db.query(`SELECT 1 FROM agenda_change WHERE meeting_id = $1`, [meeting.id])).toEqual([]);
  });

  it('loads a 30-item agenda with attachments in as few queries as a 1-item one', async () => {
    const agendaWith = async (items: number) => {
      const meeting = await world.meeting(group, { status: MeetingStatus.AGENDA_PUBLISHED });
      for (let i = 0; i < items; i++) {
        const item = await world.agendaItem(meeting);
        await world.attachment(item);
        await world.attachment(item, Buffer.from('%PDF-1.4 toinen'), 'toinen.pdf');
      }
      return meeting;
    };
    const small = await t.gql(
      MeetingWithAttachmentsDocument,
      { id: (await agendaWith(1)).id },
      { token: member.token },
    );
    const large = await t.gql(
      MeetingWithAttachmentsDocument,
      { id: (await agendaWith(30)).id },
      { token: member.token },
    );
    expect(large.data?.meeting.agenda).toHaveLength(30);
    expect(large.data?.meeting.agenda.every((i) => i.attachments.length === 2)).toBe(true);
    expect(large.sqlQueries).toBe(small.sqlQueries);
    // session + access check, then the meeting, its agenda (with attachments), its themes, its changes
    expect(large.sqlQueries - 2).toBeLessThanOrEqual(4);
  });
});
