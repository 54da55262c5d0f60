import { helsinkiTime } from '@elinvoima/domain';
import { type AgendaItemKind, LoginDocument } from '@elinvoima/graphql';
import pg from 'pg';
import { activeMembership } from '../apps/api/src/access/memberships.js';
import { managesGroup } from '../apps/api/src/access/roles.js';
import { BENCH_PASSWORD } from './data/password.js';
import { request, send } from './support/graphql.js';

/** A member (no chair or secretary role anywhere) who opens pages: their session and what they can see. */
export interface Visitor {
  token: string;
  userId: string;
  /** The group the start page opens: the first of their groups by name, as the client does. */
  firstGroupId: string;
  /** Published meetings of their groups, spread over the ten years. */
  meetingIds: string[];
}

/** An agenda item of an upcoming draft, with the fields the client's form sends back on saving. */
export interface EditTarget {
  token: string;
  id: string;
  version: number;
  fields: {
    title: string;
    kind: AgendaItemKind;
    description: string;
    proposal: string | null;
    presenterUserId: string | null;
    presenterName: string | null;
    presenterOrganization: string | null;
    plannedMinutes: number | null;
    projectId: string | null;
    themeIds: string[];
  };
}

export interface Fixtures {
  visitors: Visitor[];
  edits: EditTarget[];
  /** This year in Helsinki, for the group calendar. */
  year: { from: string; to: string };
  /** What members type into search: prefixes and whole words of the agendas' vocabulary. */
  searchTerms: string[];
}

const VISITORS = 20;
/** One item per connection at the most: concurrent saves of one item would only measure conflicts. */
const EDITS = 50;

async function signIn(url: string, email: string): Promise<string> {
  const answer = await send(
    url,
    request(LoginDocument, { input: { email, password: BENCH_PASSWORD, bearer: true } }),
    '',
  );
  const token = (answer.data?.login as { token?: string } | undefined)?.token;
  if (!token) throw new Error(`could not sign in as ${email}: ${JSON.stringify(answer.errors)}`);
  return token;
}

/**
 * Reads the items' versions again, so a run starts from what the database holds. Saves the
 * previous run left in flight finish first: the API goes on with a request its client dropped.
 */
export async function refreshEdits(databaseUrl: string, fixtures: Fixtures): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 2000));
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const { rows } = await db.query('SELECT id, version FROM agenda_item WHERE id = ANY($1::uuid[])', [
      fixtures.edits.map((e) => e.id),
    ]);
    const versions = new Map(rows.map((r) => [r.id as string, r.version as number]));
    for (const edit of fixtures.edits) edit.version = versions.get(edit.id) ?? edit.version;
  } finally {
    await db.end();
  }
}

/** Chooses the people and things the load runs on, the same on every run of a dataset, and signs them in. */
export async function loadFixtures(apiUrl: string, databaseUrl: string): Promise<Fixtures> {
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    // The API's own rules: a membership in force today in Helsinki, a role that manages the group.
    const active = activeMembership('m');
    const { rows: members } = await db.query(
      `SELECT u.id, u.email FROM app_user u
        WHERE NOT u.is_org_admin AND EXISTS (SELECT 1 FROM membership m WHERE m.user_id = u.id AND ${active})
          AND NOT EXISTS (SELECT 1 FROM membership m WHERE m.user_id = u.id AND ${managesGroup('m')} AND ${active})
        ORDER BY md5(u.id::text) LIMIT $1`,
      [VISITORS],
    );
    const visitors: Visitor[] = [];
    for (const member of members) {
      const { rows: groups } = await db.query(
        `SELECT g.id FROM working_group g JOIN membership m ON m.group_id = g.id
          WHERE m.user_id = $1 AND ${active} ORDER BY g.name, g.id`,
        [member.id],
      );
      const { rows: meetings } = await db.query(
        `SELECT id FROM meeting WHERE group_id = ANY($1::uuid[]) AND status = 'AGENDA_PUBLISHED' ORDER BY md5(id::text) LIMIT 10`,
        [groups.map((g) => g.id)],
      );
      visitors.push({
        token: await signIn(apiUrl, member.email),
        userId: member.id,
        firstGroupId: groups[0].id,
        meetingIds: meetings.map((m) => m.id),
      });
    }

    const { rows: items } = await db.query(
      `SELECT i.*, u.email AS secretary_email,
              coalesce((SELECT array_agg(theme_id) FROM agenda_item_theme WHERE agenda_item_id = i.id), '{}') AS theme_ids
         FROM agenda_item i
         JOIN meeting mt ON mt.id = i.meeting_id AND mt.status = 'DRAFT'
         JOIN LATERAL (SELECT user_id FROM membership m WHERE m.group_id = mt.group_id AND m.role = 'SECRETARY' AND ${active} LIMIT 1) s ON true
         JOIN app_user u ON u.id = s.user_id
        ORDER BY md5(i.id::text) LIMIT $1`,
      [EDITS],
    );
    const tokens = new Map<string, string>();
    const edits: EditTarget[] = [];
    for (const item of items) {
      if (!tokens.has(item.secretary_email))
        tokens.set(item.secretary_email, await signIn(apiUrl, item.secretary_email));
      edits.push({
        token: tokens.get(item.secretary_email)!,
        id: item.id,
        version: item.version,
        fields: {
          title: item.title,
          kind: item.kind,
          description: item.description,
          proposal: item.proposal,
          presenterUserId: item.presenter_user_id,
          presenterName: item.presenter_name,
          presenterOrganization: item.presenter_organization,
          plannedMinutes: item.planned_minutes,
          projectId: item.project_id,
          themeIds: item.theme_ids,
        },
      });
    }
    const thisYear = Number(
      new Intl.DateTimeFormat('en', { timeZone: 'Europe/Helsinki', year: 'numeric' }).format(new Date()),
    );
    return {
      visitors,
      edits,
      year: {
        from: helsinkiTime(`${thisYear}-01-01`, '00.00').toISOString(),
        to: helsinkiTime(`${thisYear + 1}-01-01`, '00.00').toISOString(),
      },
      searchTerms: [
        'asum',
        'yrittäjyys',
        'talousarvio',
        'kuntastrategia',
        'pilotti',
        'ilmasto',
        'Future Savo',
        'kotoutumis',
        'alkutuotanto',
        'asunto-osuuskunta',
      ],
    };
  } finally {
    await db.end();
  }
}
