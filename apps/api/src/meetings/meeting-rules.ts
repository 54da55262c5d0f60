import { AGENDA_LIMITS, type GroupRole, isManagingRole } from '@elinvoima/domain';
import type { EntityManager } from 'typeorm';
import type { GroupAccess } from '../auth/group-access.service.js';
import type { Viewer } from '../auth/viewer.js';
import { DomainError } from '../common/domain-error.js';

/**
 * SQL: members see a meeting once its agenda has been published. A draft, or a meeting cancelled
 * before its agenda was published, was never announced: it stays the managers' business.
 */
export function announcedToMembers(alias: string): string {
  return `(${alias}.status <> 'DRAFT' AND (${alias}.status <> 'CANCELLED' OR ${alias}.agenda_published_at IS NOT NULL))`;
}

/** The same rule for a loaded meeting. */
export function isAnnounced(meeting: { status: string; agendaPublishedAt: Date | null }): boolean {
  return meeting.status !== 'DRAFT' && (meeting.status !== 'CANCELLED' || meeting.agendaPublishedAt !== null);
}

/** Chairs, secretaries and organization admins see and edit draft meetings. */
export function canManage(access: GroupAccess | undefined, viewer: Viewer): boolean {
  return viewer.user.isOrgAdmin || (!!access?.role && isManagingRole(access.role as GroupRole));
}

export function assertValidPeriod(startsAt: Date, endsAt: Date): void {
  if (endsAt.getTime() <= startsAt.getTime()) throw DomainError.badInput('endsAt', 'meeting.endBeforeStart');
  if (endsAt.getTime() - startsAt.getTime() > AGENDA_LIMITS.meetingHoursMax * 3_600_000) {
    throw DomainError.badInput('endsAt', 'meeting.tooLong', { hours: AGENDA_LIMITS.meetingHoursMax });
  }
}

/** Every theme id must be one of this group's themes. */
export async function assertGroupThemes(tx: EntityManager, groupId: string, themeIds: readonly string[] | undefined, field = 'themeIds'): Promise<void> {
  if (!themeIds?.length) return;
  const unique = [...new Set(themeIds)];
  const [{ n }] = (await tx.query(`SELECT count(*)::int AS n FROM theme WHERE group_id = $1 AND id = ANY($2::uuid[])`, [groupId, unique])) as { n: number }[];
  if (n !== unique.length) throw DomainError.badInput(field, 'meeting.unknownThemes');
}

/** Replaces the themes linked to a meeting or an agenda item. */
export async function setThemes(
  tx: EntityManager,
  table: 'meeting_theme' | 'agenda_item_theme',
  column: 'meeting_id' | 'agenda_item_id',
  ownerId: string,
  themeIds: readonly string[],
): Promise<void> {
  await tx.query(`DELETE FROM ${table} WHERE ${column} = $1`, [ownerId]);
  if (themeIds.length) {
    await tx.query(`INSERT INTO ${table} (${column}, theme_id) SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING`, [ownerId, [...new Set(themeIds)]]);
  }
}
