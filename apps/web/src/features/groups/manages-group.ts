import { MANAGING_ROLES } from '@elinvoima/domain';
import type { GroupRole } from '@elinvoima/graphql';

/** Whether someone with `role` in a group manages it: its chair, its secretary, or any organization admin. */
export function managesGroup(viewer: { isOrgAdmin: boolean }, role: GroupRole | null | undefined): boolean {
  return viewer.isOrgAdmin || MANAGING_ROLES.some((managing) => managing === role);
}
