import { activeMembership } from '../access/memberships.js';
import { roleRank } from '../access/roles.js';

/** Where an operation names a thing of a group, and how to find that thing's group. */
export interface GroupTarget {
  /** SQL selecting the `group_id` of the thing whose id is `$1`. */
  lookup: string;
  /** Where the thing's id is in the operation's arguments, e.g. `input.meetingId`. */
  path: string;
}

/** A kind of thing that belongs to a group, to name in `@RequireGroupRole`: `groupOfMeeting('input.id')`. */
export type GroupTargetKind = ((path: string) => GroupTarget) & { readonly lookup: string };

/**
 * Declares how the ids of a domain's things lead to their group. `lookup` selects the `group_id`
 * of the thing whose id is `$1`; the domain exports the result for its resolvers and controllers.
 */
export function groupTarget(lookup: string): GroupTargetKind {
  return Object.assign((path: string): GroupTarget => ({ lookup, path }), { lookup });
}

/**
 * SQL: the target's group and the viewer's (`$2`) role in force there, the highest if they hold
 * several; no row when the target does not exist.
 */
export function groupAccessSql(lookup: string): string {
  return `WITH target AS (${lookup})
       SELECT target.group_id, m.role
         FROM target
         LEFT JOIN membership m
           ON m.group_id = target.group_id AND m.user_id = $2
          AND ${activeMembership('m')}
        ORDER BY ${roleRank('m')}
        LIMIT 1`;
}
