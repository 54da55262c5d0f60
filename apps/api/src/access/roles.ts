import { GroupRole, isManagingRole, MANAGING_ROLES } from '@elinvoima/domain';
import type { GroupAccess } from './group-access.js';

/** The roles that manage a group, as an SQL list of quoted names. */
export const MANAGING_ROLES_SQL = MANAGING_ROLES.map((role) => `'${role}'`).join(', ');

/** SQL: the membership row `alias` holds a role that manages its group. Twin: the domain's `isManagingRole`. */
export function managesGroup(alias: string): string {
  return `${alias}.role IN (${MANAGING_ROLES_SQL})`;
}

/** Roles from the most to the least: chair, secretary, member. */
const ROLE_ORDER = Object.values(GroupRole);

/** SQL: a sort key for the role of membership row `alias`, chairs first; the order of `ROLE_ORDER`. */
export function roleRank(alias: string): string {
  const ranks = ROLE_ORDER.slice(0, -1).map((role, rank) => `WHEN '${role}' THEN ${rank}`);
  return `CASE ${alias}.role ${ranks.join(' ')} ELSE ${ROLE_ORDER.length - 1} END`;
}

/** Chairs, secretaries and organization admins manage a group: its drafts, its people, its mail. */
export function canManage(
  access: Pick<GroupAccess, 'role'> | undefined,
  viewer: { user: { isOrgAdmin: boolean } },
): boolean {
  return viewer.user.isOrgAdmin || (!!access?.role && isManagingRole(access.role));
}
