import { TIME_ZONE } from './locale.js';
import { GroupRole, isManagingRole } from './roles.js';

export interface MembershipLike {
  id: string;
  role: GroupRole;
  /** Last day, YYYY-MM-DD, inclusive. */
  until: string | null;
}

/** Today's date in Helsinki as YYYY-MM-DD. */
export function todayInHelsinki(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: TIME_ZONE }).format(now);
}

/** A membership counts until the end of its last day (`until`, inclusive), or forever without one. */
export function isActiveMembership(m: Pick<MembershipLike, 'until'>, today: string = todayInHelsinki()): boolean {
  return m.until === null || m.until >= today;
}

/**
 * A group must keep at least one active chair or secretary, or nobody could manage it.
 * Returns true when changing `changedId` to `newRole` (or ending it, newRole null) would leave none.
 */
export function wouldLeaveGroupUnmanaged(
  memberships: readonly MembershipLike[],
  changedId: string,
  newRole: GroupRole | null,
  today: string = todayInHelsinki(),
): boolean {
  const managersAfter = memberships.filter((m) => {
    if (!isActiveMembership(m, today)) return false;
    if (m.id === changedId) return newRole !== null && isManagingRole(newRole);
    return isManagingRole(m.role);
  });
  return managersAfter.length === 0;
}

/** Only the chair or an organization admin decides who is chair. */
export function mayChangeChair(actorRole: GroupRole | null, actorIsOrgAdmin: boolean): boolean {
  return actorIsOrgAdmin || actorRole === GroupRole.CHAIR;
}

/** Whether a change from `current` to `next` (null: the membership ends or is new) makes or unmakes a chair. */
export function touchesChair(current: GroupRole | null, next: GroupRole | null): boolean {
  return current === GroupRole.CHAIR || next === GroupRole.CHAIR;
}

/**
 * A group that has a chair keeps one: true when changing `changedId` to `newRole` (or ending it,
 * newRole null) would take away the last active chair. A group that never had one is not held to it.
 */
export function wouldLeaveGroupWithoutChair(
  memberships: readonly MembershipLike[],
  changedId: string,
  newRole: GroupRole | null,
  today: string = todayInHelsinki(),
): boolean {
  const active = memberships.filter((m) => isActiveMembership(m, today));
  const chairsNow = active.filter((m) => m.role === GroupRole.CHAIR).length;
  const chairsAfter = active.filter((m) =>
    m.id === changedId ? newRole === GroupRole.CHAIR : m.role === GroupRole.CHAIR,
  ).length;
  return chairsNow > 0 && chairsAfter === 0;
}
