import type { GroupRole } from '@elinvoima/domain';

/** The group an operation touches and the viewer's role there, as the access guard found them. */
export interface GroupAccess {
  groupId: string;
  /** The viewer's role in force in the group (the highest, if several), or null when they are not a member. */
  role: GroupRole | null;
}
