import { TIME_ZONE } from '@elinvoima/domain';

/** Today's date in Helsinki, as PostgreSQL sees it. */
const TODAY = `(now() AT TIME ZONE '${TIME_ZONE}')::date`;

/**
 * SQL: the membership row `alias` is in force today: it counts until the end of its last day
 * (`until`, inclusive), or forever without one. Its TypeScript twin is the domain's
 * `isActiveMembership`.
 */
export function activeMembership(alias: string): string {
  return notEndedBy(alias, TODAY);
}

/**
 * SQL: the membership row `alias` is in force on the day `day` (an SQL date expression): it had
 * begun (`since`) and not yet ended (`until`, inclusive). Attendance counts the members of the
 * meeting's day, not of today.
 */
export function membershipOnDay(alias: string, day: string): string {
  return `(${alias}.since <= ${day} AND ${notEndedBy(alias, day)})`;
}

/** SQL: the day in Helsinki that the meeting row `alias` starts on. */
export function meetingDay(alias: string): string {
  return `(${alias}.starts_at AT TIME ZONE '${TIME_ZONE}')::date`;
}

/** SQL: the membership row `alias` has no last day, or its last day is `day` or later. */
function notEndedBy(alias: string, day: string): string {
  return `(${alias}.until IS NULL OR ${alias}.until >= ${day})`;
}
