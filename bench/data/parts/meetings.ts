import { helsinkiTime } from '@elinvoima/domain';
import { createHash } from 'node:crypto';
import type { GeneratedGroup, ScaleContext, ScalePart } from '../context.js';
import type { Random } from '../random.js';
import { insertRows } from '../sql.js';
import {
  ascii,
  ATTACHMENT_NAMES,
  CLOSING_ITEMS,
  LOCATIONS,
  OPENING_ITEMS,
  PROJECTS,
  THEMES,
  type Topic,
  TOPICS,
} from '../vocabulary.js';

const MONTHS = 120;
/** Meetings after this month's: the next is published, the rest are drafts. */
const FUTURE_MONTHS = 3;
const DAY = 24 * 60 * 60 * 1000;

/** "Teemakokous asumisesta": a theme in the elative case. */
const THEME_MEETING_TITLES: Record<string, string> = {
  asuminen: 'Teemakokous asumisesta',
  yrittäjyys: 'Teemakokous yrittäjyydestä',
  alkutuotanto: 'Teemakokous alkutuotannosta',
  'talous ja budjetti': 'Teemakokous taloudesta ja budjetista',
  kuntastrategia: 'Teemakokous kuntastrategiasta',
};
const THEME_MONTHS = new Map([
  [1, 'alkutuotanto'],
  [3, 'yrittäjyys'],
  [4, 'kuntastrategia'],
  [10, 'asuminen'],
]);
const CANCEL_REASONS = [
  'Kokous ei olisi ollut päätösvaltainen.',
  'Siirretään yhdistettäväksi seuraavaan kokoukseen.',
  'Kunnanhallituksen ylimääräinen kokous samaan aikaan.',
];

interface Rows {
  meetings: unknown[][];
  meetingThemes: unknown[][];
  items: unknown[][];
  itemThemes: unknown[][];
  attachments: unknown[][];
  contents: unknown[][];
  changes: unknown[][];
}

/** The `week`th `weekday` (1 = Monday) of a month, as yyyy-mm-dd. */
function meetingDate(year: number, month: number, weekday: number, week: number): string {
  const first = new Date(Date.UTC(year, month, 1));
  const offset = (weekday - (first.getUTCDay() || 7) + 7) % 7;
  const day = 1 + offset + (week - 1) * 7;
  return `${year}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function fill(text: string, group: GeneratedGroup, year: number): string {
  return text.replaceAll('{kunta}', group.genitive).replaceAll('{year}', String(year));
}

function description(random: Random, topic: Topic): string {
  if (random.chance(0.15)) return '';
  return random.sample(topic.sentences, random.int(1, Math.min(3, topic.sentences.length))).join('\n\n');
}

/** A tiny PDF whose bytes name the file, so the stored size and checksum are the real ones. */
function pdf(fileName: string): Buffer {
  return Buffer.from(
    `%PDF-1.4\n% ${fileName}\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n`,
  );
}

function addAgenda(
  ctx: ScaleContext,
  rows: Rows,
  group: GeneratedGroup,
  meeting: { id: string; year: number; theme?: string; startsAt: Date; published: boolean },
) {
  const { random } = ctx;
  const total = random.int(8, 15);
  const topics: Topic[] = [];
  if (meeting.theme) topics.push(random.pick(TOPICS.filter((t) => t.theme === meeting.theme)));
  while (topics.length < total - OPENING_ITEMS.length - CLOSING_ITEMS.length) topics.push(random.pick(TOPICS));
  let position = 0;
  const item = (
    fields: { title: string; kind: string; description?: string; proposal?: string | null; plannedMinutes: number },
    extra: unknown[] = [null, null, null, null],
  ) => {
    const id = random.uuid();
    rows.items.push([
      id,
      meeting.id,
      ++position,
      fields.title,
      fields.description ?? '',
      fields.kind,
      fields.proposal ?? null,
      ...extra,
      fields.plannedMinutes,
      meeting.startsAt,
    ]);
    return id;
  };
  for (const opening of OPENING_ITEMS) item({ ...opening, proposal: 'proposal' in opening ? opening.proposal : null });
  for (const topic of topics) {
    const project = topic.project !== undefined && random.chance(0.7) ? topic.project : undefined;
    const manager = project !== undefined ? PROJECTS[project].managerName : '';
    const presenterUser = !manager && random.chance(0.35) ? random.pick(group.memberIds) : null;
    const id = item(
      {
        title: fill(random.pick(topic.titles), group, meeting.year),
        kind: topic.kind,
        description: fill(description(random, topic), group, meeting.year),
        proposal: topic.kind === 'DECISION' ? random.pick(topic.proposals ?? ['Merkitään tiedoksi.']) : null,
        plannedMinutes: random.pick([10, 15, 20, 30, 45, 60]),
      },
      [
        presenterUser,
        manager || null,
        manager ? 'Kehitysyhtiö SavoGrow Oy' : null,
        project !== undefined ? ctx.projectIds[project] : null,
      ],
    );
    const themes = new Set<string>();
    if (topic.theme) themes.add(topic.theme);
    if (random.chance(0.1)) themes.add(random.pick(THEMES).nameFi);
    for (const theme of themes) rows.itemThemes.push([id, group.themeIds.get(theme)]);
    if (random.chance(0.25)) {
      for (let n = random.int(1, 2); n > 0; n--) {
        const fileName = `${ascii(topic.titles[0])}_${random.pick(ATTACHMENT_NAMES)}_${meeting.startsAt.toISOString().slice(0, 7)}.pdf`;
        const content = pdf(fileName);
        const attachmentId = random.uuid();
        rows.attachments.push([
          attachmentId,
          id,
          fileName,
          'application/pdf',
          content.length,
          createHash('sha256').update(content).digest('hex'),
          new Date(meeting.startsAt.getTime() - 10 * DAY),
        ]);
        rows.contents.push([attachmentId, content]);
      }
    }
    if (meeting.published && random.chance(0.01)) {
      rows.changes.push([
        random.uuid(),
        meeting.id,
        id,
        fill(topic.titles[0], group, meeting.year),
        'ITEM_UPDATED',
        '{description}',
        new Date(meeting.startsAt.getTime() - 2 * DAY),
      ]);
    }
  }
  for (const closing of CLOSING_ITEMS) item(closing);
}

/** Ten years of monthly meetings per group, each with an agenda of 8–15 items, their themes and attachments. */
export const meetingsPart: ScalePart = {
  name: 'meetings',
  async run(ctx) {
    const { random, sql } = ctx;
    const rows: Rows = {
      meetings: [],
      meetingThemes: [],
      items: [],
      itemThemes: [],
      attachments: [],
      contents: [],
      changes: [],
    };
    const today = ctx.options.today;
    const now = today.getTime();
    const lastMonth = today.getUTCFullYear() * 12 + today.getUTCMonth() + FUTURE_MONTHS - 1;
    for (const group of ctx.groups) {
      let nextPublished = false;
      for (let m = lastMonth - MONTHS + 1; m <= lastMonth; m++) {
        const year = Math.floor(m / 12);
        const month = m % 12;
        const startsAt = helsinkiTime(meetingDate(year, month, group.weekday, group.week), `${group.hour}.00`);
        const past = startsAt.getTime() < now;
        const theme = THEME_MONTHS.get(month);
        const review = month === 8 && year % 2 === 0;
        const kind = review ? 'REVIEW' : theme ? 'THEME' : 'REGULAR';
        const title = review
          ? 'Toiminnan väliarviointi ja ajankohtaisia asioita'
          : theme
            ? THEME_MEETING_TITLES[theme]
            : month === 9
              ? `Ajankohtaisia asioita (mm. talousarvio ${year + 1})`
              : 'Ajankohtaisia asioita';
        let status = 'AGENDA_PUBLISHED';
        if (past && random.chance(0.03)) status = 'CANCELLED';
        else if (!past && nextPublished) status = 'DRAFT';
        if (!past) nextPublished = true;
        const published = status !== 'DRAFT';
        const location = LOCATIONS[random.int(0, 5) % LOCATIONS.length];
        const id = random.uuid();
        rows.meetings.push([
          id,
          group.id,
          title,
          kind,
          startsAt,
          new Date(startsAt.getTime() + 2 * 60 * 60 * 1000),
          location.replace('{kunta}', group.genitive),
          location.startsWith('Teams') ? 'https://teams.example/kokous' : null,
          status,
          status === 'CANCELLED' ? random.pick(CANCEL_REASONS) : null,
          published ? new Date(startsAt.getTime() - 7 * DAY) : null,
          published ? (status === 'CANCELLED' ? 2 : 1) : 0,
        ]);
        if (theme) rows.meetingThemes.push([id, group.themeIds.get(theme)]);
        addAgenda(ctx, rows, group, { id, year, theme, startsAt, published: status === 'AGENDA_PUBLISHED' });
      }
    }

    await insertRows(
      sql,
      'meeting',
      [
        { name: 'id', type: 'uuid' },
        { name: 'group_id', type: 'uuid' },
        { name: 'title', type: 'text' },
        { name: 'kind', type: 'meeting_kind' },
        { name: 'starts_at', type: 'timestamptz' },
        { name: 'ends_at', type: 'timestamptz' },
        { name: 'location', type: 'text' },
        { name: 'online_url', type: 'text' },
        { name: 'status', type: 'meeting_status' },
        { name: 'cancel_reason', type: 'text' },
        { name: 'agenda_published_at', type: 'timestamptz' },
        { name: 'sequence', type: 'int' },
      ],
      rows.meetings,
    );
    await insertRows(
      sql,
      'meeting_theme',
      [
        { name: 'meeting_id', type: 'uuid' },
        { name: 'theme_id', type: 'uuid' },
      ],
      rows.meetingThemes,
    );
    await insertRows(
      sql,
      'agenda_item',
      [
        { name: 'id', type: 'uuid' },
        { name: 'meeting_id', type: 'uuid' },
        { name: 'position', type: 'int' },
        { name: 'title', type: 'text' },
        { name: 'description', type: 'text' },
        { name: 'kind', type: 'agenda_item_kind' },
        { name: 'proposal', type: 'text' },
        { name: 'presenter_user_id', type: 'uuid' },
        { name: 'presenter_name', type: 'text' },
        { name: 'presenter_organization', type: 'text' },
        { name: 'project_id', type: 'uuid' },
        { name: 'planned_minutes', type: 'int' },
        { name: 'created_at', type: 'timestamptz' },
      ],
      rows.items,
    );
    await insertRows(
      sql,
      'agenda_item_theme',
      [
        { name: 'agenda_item_id', type: 'uuid' },
        { name: 'theme_id', type: 'uuid' },
      ],
      rows.itemThemes,
    );
    await insertRows(
      sql,
      'attachment',
      [
        { name: 'id', type: 'uuid' },
        { name: 'agenda_item_id', type: 'uuid' },
        { name: 'file_name', type: 'text' },
        { name: 'media_type', type: 'text' },
        { name: 'size_bytes', type: 'int' },
        { name: 'sha256', type: 'text' },
        { name: 'created_at', type: 'timestamptz' },
      ],
      rows.attachments,
    );
    await insertRows(
      sql,
      'attachment_content',
      [
        { name: 'attachment_id', type: 'uuid' },
        { name: 'content', type: 'bytea' },
      ],
      rows.contents,
    );
    await insertRows(
      sql,
      'agenda_change',
      [
        { name: 'id', type: 'uuid' },
        { name: 'meeting_id', type: 'uuid' },
        { name: 'agenda_item_id', type: 'uuid' },
        { name: 'item_title', type: 'text' },
        { name: 'change', type: 'text' },
        { name: 'fields', type: 'text', cast: 'text[]' },
        { name: 'created_at', type: 'timestamptz' },
      ],
      rows.changes,
    );
    Object.assign(ctx.counts, {
      meeting: rows.meetings.length,
      agenda_item: rows.items.length,
      attachment: rows.attachments.length,
      agenda_change: rows.changes.length,
    });
  },
};
