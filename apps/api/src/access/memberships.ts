import { TIME_ZONE } from '@elinvoima/domain';

/** Today's date in Helsinki, as PostgreSQL sees it. */
const TODAY = `(now() AT TIME ZONE '${TIME_ZONE}')::date`;

/**
 * SQL: the membership row `alias` is in force today: it counts until the end of its last day
 * (`until`, inclusive), or forever without one. Its TypeScript twin is the domain's
 * `isActiveMembership`.
 */
export function activeMembership(alias: string): string {
  return `(${alias}.until IS NULL OR ${alias}.until >= ${TODAY})`;
}
