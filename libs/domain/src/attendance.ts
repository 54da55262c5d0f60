/** How a member took part in a meeting. */
export enum AttendanceStatus {
  PRESENT = 'PRESENT',
  ABSENT = 'ABSENT',
  /** Absent with a reason given beforehand (estynyt). */
  EXCUSED = 'EXCUSED',
}

/** Why an outside guest came. */
export enum GuestRole {
  PRESENTER = 'PRESENTER',
  EXPERT = 'EXPERT',
  OTHER = 'OTHER',
}

export const ATTENDANCE_LIMITS = {
  guestsMax: 50,
  nameMax: 200,
  reasonMax: 1000,
  /** Entries in one save: every member of a large group. */
  entriesMax: 200,
  quorumMinimumMax: 200,
} as const;

/** A quorum count: how many may decide, how many take part, how many are needed. */
export interface QuorumCount {
  memberCount: number;
  presentCount: number;
  required: number;
  reached: boolean;
}

/**
 * Päätösvaltaisuus: a group's own minimum number of members present, or by default more than half
 * of its members.
 */
export function quorum(memberCount: number, presentCount: number, minimum: number | null): QuorumCount {
  const required = minimum ?? Math.floor(memberCount / 2) + 1;
  return { memberCount, presentCount, required, reached: memberCount > 0 && presentCount >= required };
}

/** A member's attendance, with arrival and leaving as the agenda positions (§) they happened at. */
export interface PresenceAt {
  status: AttendanceStatus | null;
  arrivalPosition: number | null;
  leavingPosition: number | null;
}

/**
 * Whether a member takes part in the item at `position`: present, arrived at it or before, and not
 * yet left (leaving at an item means leaving before its decision).
 */
export function presentAtItem(presence: PresenceAt, position: number): boolean {
  if (presence.status !== AttendanceStatus.PRESENT) return false;
  if (presence.arrivalPosition !== null && presence.arrivalPosition > position) return false;
  return presence.leavingPosition === null || position < presence.leavingPosition;
}

/**
 * The quorum of one item: members disqualified from it (esteellisyys, hallintolaki 28 §) neither
 * count as members nor as present.
 */
export function itemQuorum(
  members: readonly (PresenceAt & { userId: string })[],
  position: number,
  disqualified: ReadonlySet<string>,
  minimum: number | null,
): QuorumCount {
  const eligible = members.filter((m) => !disqualified.has(m.userId));
  const present = eligible.filter((m) => presentAtItem(m, position)).length;
  return quorum(eligible.length, present, minimum);
}
