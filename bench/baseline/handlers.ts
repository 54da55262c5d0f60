import { agendaTimetable, type GroupRole } from '@elinvoima/domain';
import { createHmac } from 'node:crypto';
import type pg from 'pg';
import { renderMarkdown } from '../../apps/api/src/common/markdown.js';
import { isAnnounced } from '../../apps/api/src/access/announced.js';
import { canManage } from '../../apps/api/src/access/roles.js';
import {
  HEADLINE_MARKERS,
  headlineToHtml,
  prefixTsquery,
  searchWords,
} from '../../apps/api/src/search/search-query.js';
import { HEADLINE_OPTIONS, MARKDOWN_NOISE } from '../../apps/api/src/search/search-sql.js';
import * as SQL from './sql.js';

// Rows straight from pg and variables straight from JSON, read field by field as the SQL names them.
/* eslint-disable @typescript-eslint/no-explicit-any */
type Row = Record<string, any>;
type Variables = Record<string, any>;
/* eslint-enable @typescript-eslint/no-explicit-any */
export type Answer =
  { data: Record<string, unknown> } | { errors: { message: string; extensions: { code: string } }[] };

class NotFound extends Error {}

function unique(ids: string[]): string[] {
  return [...new Set(ids)];
}

/** `IN (:ids)` with one parameter per id, as TypeORM writes it. */
async function byIds(db: pg.Pool, sql: string, ids: string[]): Promise<Row[]> {
  if (ids.length === 0) return [];
  return (await db.query(sql.replace(':ids', ids.map((_, i) => `$${i + 1}`).join(', ')), ids)).rows;
}

function iso(value: Date | null): string | null {
  return value ? value.toISOString() : null;
}

function theme(row: Row) {
  return { id: row.theme_id, nameFi: row.theme_name_fi, nameEn: row.theme_name_en, colour: row.theme_colour };
}

/** Rows of one entity joined to many others, folded in order of first appearance. */
function fold<T>(rows: Row[], key: string, make: (row: Row) => T, add: (target: T, row: Row) => void): T[] {
  const byKey = new Map<string, T>();
  for (const row of rows) {
    let target = byKey.get(row[key]);
    if (!target) byKey.set(row[key], (target = make(row)));
    add(target, row);
  }
  return [...byKey.values()];
}

function addUnique<T extends { id: string }>(list: T[], item: T | null): void {
  if (item && !list.some((existing) => existing.id === item.id)) list.push(item);
}

function meetingFields(row: Row) {
  return {
    id: row.m_id,
    groupId: row.m_group_id,
    title: row.m_title,
    kind: row.m_kind,
    startsAt: iso(row.m_starts_at),
    endsAt: iso(row.m_ends_at),
    location: row.m_location,
    onlineUrl: row.m_online_url,
    status: row.m_status,
    cancelReason: row.m_cancel_reason,
    agendaPublishedAt: iso(row.m_agenda_published_at),
    agendaVersion: row.m_agenda_version,
    version: row.m_version,
    themes: [] as ReturnType<typeof theme>[],
  };
}

function meetingsWithThemes(rows: Row[]) {
  return fold(rows, 'm_id', meetingFields, (meeting, row) =>
    addUnique(meeting.themes, row.theme_id ? theme(row) : null),
  );
}

/** The work of one GraphQL operation, done with plain SQL: the same statements the API runs, the same JSON. */
export class Handlers {
  constructor(
    private readonly db: pg.Pool,
    private readonly sessionSecret: string,
  ) {}

  async answer(operationName: string, variables: Variables, token: string | undefined): Promise<Answer | null> {
    const handler = this.operations[operationName];
    if (!handler) return null;
    try {
      const viewer = token ? await this.viewer(token) : null;
      if (!viewer) return { errors: [{ message: 'Kirjaudu sisään.', extensions: { code: 'UNAUTHENTICATED' } }] };
      return { data: await handler(variables, viewer) };
    } catch (error) {
      if (error instanceof NotFound)
        return { errors: [{ message: 'Ei löytynyt.', extensions: { code: 'NOT_FOUND' } }] };
      throw error;
    }
  }

  private readonly operations: Record<string, (variables: Variables, viewer: Row) => Promise<Record<string, unknown>>> =
    {
      Me: (_v, viewer) => this.me(viewer),
      MyGroups: (_v, viewer) => this.myGroups(viewer),
      Group: (v, viewer) => this.group(v.id, viewer),
      Meetings: (v, viewer) => this.meetings(v, viewer),
      Meeting: (v, viewer) => this.meeting(v.id, viewer),
      Search: (v, viewer) => this.search(v, viewer),
    };

  private async viewer(token: string): Promise<Row | null> {
    const hash = createHmac('sha256', this.sessionSecret).update(token).digest('hex');
    const { rows } = await this.db.query(SQL.SESSION, [hash]);
    return rows[0] ?? null;
  }

  private async access(
    sql: string,
    targetId: string,
    viewer: Row,
  ): Promise<{ groupId: string; role: GroupRole | null }> {
    const { rows } = await this.db.query(sql, [targetId, viewer.id]);
    if (!rows[0] || (!rows[0].role && !viewer.is_org_admin)) throw new NotFound();
    return { groupId: rows[0].group_id, role: rows[0].role };
  }

  private async me(viewer: Row) {
    const memberships = await byIds(this.db, SQL.ACTIVE_MEMBERSHIPS_OF_USERS, [viewer.id]);
    const groups = new Map(
      (await byIds(this.db, SQL.GROUPS_BY_IDS, unique(memberships.map((m) => m.m_group_id)))).map((g) => [
        g.GroupEntity_id,
        g,
      ]),
    );
    return {
      me: {
        id: viewer.id,
        name: viewer.name,
        email: viewer.email,
        locale: viewer.locale.toUpperCase(),
        isOrgAdmin: viewer.is_org_admin,
        memberships: memberships.map((m) => ({
          id: m.m_id,
          role: m.m_role,
          group: { id: m.m_group_id, name: groups.get(m.m_group_id)!.GroupEntity_name },
        })),
      },
    };
  }

  private async groupFields(groups: Row[], prefix: string, viewer: Row) {
    const [mine, organizations] = await Promise.all([
      byIds(this.db, SQL.ACTIVE_MEMBERSHIPS_OF_USERS, [viewer.id]),
      byIds(this.db, SQL.ORGANIZATIONS_BY_IDS, unique(groups.map((g) => g[`${prefix}_organization_id`]))),
    ]);
    return groups.map((g) => {
      const organization = organizations.find((o) => o.OrganizationEntity_id === g[`${prefix}_organization_id`])!;
      return {
        id: g[`${prefix}_id`],
        name: g[`${prefix}_name`],
        description: g[`${prefix}_description`],
        defaultLocale: g[`${prefix}_default_locale`].toUpperCase(),
        minutesPublic: g[`${prefix}_minutes_public`],
        version: g[`${prefix}_version`],
        myRole: mine.find((m) => m.m_group_id === g[`${prefix}_id`])?.m_role ?? null,
        organization: { id: organization.OrganizationEntity_id, name: organization.OrganizationEntity_name },
      };
    });
  }

  private async myGroups(viewer: Row) {
    // Organization admins see every group; the benchmark's people are members.
    const { rows } = await this.db.query(SQL.VISIBLE_GROUPS, [viewer.id]);
    return { myGroups: await this.groupFields(rows, 'g', viewer) };
  }

  private async group(id: string, viewer: Row) {
    await this.access(SQL.GROUP_ACCESS, id, viewer);
    const { rows } = await this.db.query(SQL.GROUP_BY_ID, [id]);
    if (!rows[0]) throw new NotFound();
    const [[fields], memberships] = await Promise.all([
      this.groupFields(rows, 'GroupEntity', viewer),
      byIds(this.db, SQL.ACTIVE_MEMBERSHIPS_OF_GROUPS, [id]),
    ]);
    const users = new Map(
      (await byIds(this.db, SQL.USERS_BY_IDS, unique(memberships.map((m) => m.m_user_id)))).map((u) => [
        u.UserEntity_id,
        u,
      ]),
    );
    return {
      group: {
        ...fields,
        members: memberships.map((m) => {
          const user = users.get(m.m_user_id)!;
          return {
            id: m.m_id,
            role: m.m_role,
            since: m.m_since,
            until: m.m_until,
            version: m.m_version,
            user: { id: user.UserEntity_id, name: user.UserEntity_name, email: user.UserEntity_email },
          };
        }),
      },
    };
  }

  private async meetings(v: Variables, viewer: Row) {
    const access = await this.access(SQL.GROUP_ACCESS, v.groupId, viewer);
    if (access.role !== 'MEMBER' || !v.from || !v.to)
      throw new Error("the baseline answers a member's calendar for a period only");
    const { rows } = await this.db.query(SQL.MEETINGS_OF_GROUP_FOR_MEMBER, [
      access.groupId,
      new Date(v.from),
      new Date(v.to),
    ]);
    return { meetings: meetingsWithThemes(rows) };
  }

  private async meeting(id: string, viewer: Row) {
    const access = await this.access(SQL.MEETING_ACCESS, id, viewer);
    const { rows } = await this.db.query(SQL.MEETING_WITH_THEMES, [id]);
    const [meeting] = meetingsWithThemes(rows);
    // The API's own rules: members see a meeting once its agenda has been announced.
    const manages = canManage(access, { user: { isOrgAdmin: viewer.is_org_admin } });
    if (!meeting || (!isAnnounced(meeting) && !manages)) throw new NotFound();
    const [groups, itemRows, changes] = await Promise.all([
      byIds(this.db, SQL.GROUPS_BY_IDS, [meeting.groupId]),
      byIds(this.db, SQL.AGENDA_OF_MEETINGS, [meeting.id]),
      byIds(this.db, SQL.CHANGES_OF_MEETINGS, [meeting.id]),
    ]);
    const items = fold(
      itemRows,
      'i_id',
      (row) => ({
        id: row.i_id as string,
        meetingId: row.i_meeting_id,
        position: row.i_position as number,
        number: `§ ${row.i_position}`,
        title: row.i_title,
        description: row.i_description as string,
        descriptionHtml: renderMarkdown(row.i_description),
        kind: row.i_kind,
        proposal: row.i_proposal,
        plannedMinutes: row.i_planned_minutes as number | null,
        plannedStart: null as string | null,
        presenterUserId: row.i_presenter_user_id,
        presenterName: row.i_presenter_name,
        presenterOrganization: row.i_presenter_organization,
        presenter: row.presenter_id ? { id: row.presenter_id, name: row.presenter_name } : null,
        projectId: row.i_project_id,
        project: row.project_id
          ? { id: row.project_id, name: row.project_name, managerName: row.project_manager_name }
          : null,
        themes: [] as ReturnType<typeof theme>[],
        changedAfterPublishing: changes.some((c) => c.AgendaChangeEntity_agenda_item_id === row.i_id),
        version: row.i_version,
        attachments: [] as ({ id: string } & Record<string, unknown>)[],
      }),
      (item, row) => {
        addUnique(item.themes, row.theme_id ? theme(row) : null);
        addUnique(
          item.attachments,
          row.attachment_id
            ? {
                id: row.attachment_id,
                agendaItemId: row.attachment_agenda_item_id,
                fileName: row.attachment_file_name,
                mediaType: row.attachment_media_type,
                sizeBytes: row.attachment_size_bytes,
                sha256: row.attachment_sha256,
                createdAt: iso(row.attachment_created_at),
                downloadUrl: `/attachments/${row.attachment_id}`,
              }
            : null,
        );
      },
    );
    const starts = agendaTimetable(
      new Date(meeting.startsAt!),
      items.map((i) => i.plannedMinutes),
    );
    items.forEach((item, i) => (item.plannedStart = starts[i].toISOString()));
    return {
      meeting: {
        ...meeting,
        group: { id: groups[0].GroupEntity_id, name: groups[0].GroupEntity_name },
        agenda: items,
        changes: changes.map((c) => ({
          id: c.AgendaChangeEntity_id,
          agendaItemId: c.AgendaChangeEntity_agenda_item_id,
          itemTitle: c.AgendaChangeEntity_item_title,
          change: c.AgendaChangeEntity_change,
          fields: c.AgendaChangeEntity_fields,
          createdAt: iso(c.AgendaChangeEntity_created_at),
        })),
      },
    };
  }

  private async search(v: Variables, viewer: Row) {
    const words = searchWords(v.query);
    const { rows } = await this.db.query(SQL.SEARCH, [
      prefixTsquery(words),
      viewer.id,
      viewer.is_org_admin,
      v.groupId ?? null,
      v.limit ?? 20,
      MARKDOWN_NOISE,
      HEADLINE_MARKERS.start + HEADLINE_MARKERS.end,
      HEADLINE_OPTIONS,
    ]);
    return {
      search: rows.map((row) => ({
        kind: row.kind,
        meetingId: row.meeting_id,
        agendaItemId: row.agenda_item_id,
        groupId: row.group_id,
        title: row.title,
        meetingTitle: row.meeting_title,
        snippet: headlineToHtml(row.headline),
        startsAt: iso(row.starts_at),
        rank: row.rank,
      })),
    };
  }
}
