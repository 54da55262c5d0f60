/** A person's role in one working group. */
export enum GroupRole {
  CHAIR = 'CHAIR',
  SECRETARY = 'SECRETARY',
  MEMBER = 'MEMBER',
}

/** Roles that manage a group: its people, and later its meetings and agendas. */
export const MANAGING_ROLES: readonly GroupRole[] = [GroupRole.CHAIR, GroupRole.SECRETARY];

export function isManagingRole(role: GroupRole): boolean {
  return MANAGING_ROLES.includes(role);
}
