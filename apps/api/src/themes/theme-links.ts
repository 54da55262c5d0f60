import type { EntityManager } from 'typeorm';
import { DomainError } from '../common/domain-error.js';

/** The most themes a meeting or an agenda item carries. */
export const THEMES_PER_ITEM_MAX = 20;

/** Where meetings and agenda items keep their themes. */
export type ThemeLinks =
  { table: 'meeting_theme'; column: 'meeting_id' } | { table: 'agenda_item_theme'; column: 'agenda_item_id' };

export const MEETING_THEMES: ThemeLinks = { table: 'meeting_theme', column: 'meeting_id' };
export const AGENDA_ITEM_THEMES: ThemeLinks = { table: 'agenda_item_theme', column: 'agenda_item_id' };

/** Every theme id must be one of this group's themes. */
export async function assertGroupThemes(
  tx: EntityManager,
  groupId: string,
  themeIds: readonly string[] | undefined,
  field = 'themeIds',
): Promise<void> {
  if (!themeIds?.length) return;
  const unique = [...new Set(themeIds)];
  const [{ n }] = (await tx.query(`SELECT count(*)::int AS n FROM theme WHERE group_id = $1 AND id = ANY($2::uuid[])`, [
    groupId,
    unique,
  ])) as { n: number }[];
  if (n !== unique.length) throw DomainError.badInput(field, 'meeting.unknownThemes');
}

/** Replaces the themes linked to a meeting or an agenda item. */
export async function setThemes(
  tx: EntityManager,
  links: ThemeLinks,
  ownerId: string,
  themeIds: readonly string[],
): Promise<void> {
  const { table, column } = links;
  await tx.query(`DELETE FROM ${table} WHERE ${column} = $1`, [ownerId]);
  if (themeIds.length) {
    await tx.query(`INSERT INTO ${table} (${column}, theme_id) SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING`, [
      ownerId,
      [...new Set(themeIds)],
    ]);
  }
}
