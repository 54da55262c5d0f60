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
