import { GroupRole } from '@elinvoima/domain';
import { createParamDecorator, type ExecutionContext, SetMetadata } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { GroupAccess, GroupTargetKind } from './group-access.service.js';
import type { GqlContext, Viewer } from './viewer.js';

export const IS_PUBLIC = 'elinvoima:isPublic';
export const GROUP_ROLE = 'elinvoima:groupRole';
export const ORG_ADMIN = 'elinvoima:orgAdmin';

/** Open to anonymous visitors. Everything else needs a signed-in viewer. */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/** Only organization admins (the people who create groups). */
export const RequireOrgAdmin = () => SetMetadata(ORG_ADMIN, true);

export interface GroupTarget {
  kind: GroupTargetKind;
  /** Where the target's id is in the operation's arguments, e.g. `input.membershipId`. */
  path: string;
}

export interface GroupRoleRequirement {
  roles: readonly GroupRole[];
  target: GroupTarget;
}

export const ANY_ROLE: readonly GroupRole[] = [GroupRole.CHAIR, GroupRole.SECRETARY, GroupRole.MEMBER];

/** Locates the group an operation touches, from the id of the thing it names. */
export const groupOf = {
  group: (path: string): GroupTarget => ({ kind: 'group', path }),
  membership: (path: string): GroupTarget => ({ kind: 'membership', path }),
  meeting: (path: string): GroupTarget => ({ kind: 'meeting', path }),
  agendaItem: (path: string): GroupTarget => ({ kind: 'agendaItem', path }),
  theme: (path: string): GroupTarget => ({ kind: 'theme', path }),
  attachment: (path: string): GroupTarget => ({ kind: 'attachment', path }),
};

/**
 * The viewer must hold one of `roles` in the group that `target` belongs to. Organization admins
 * pass; people outside the group get NOT_FOUND (they learn nothing of it), members without the
 * role get FORBIDDEN.
 */
export const RequireGroupRole = (roles: readonly GroupRole[], target: GroupTarget) =>
  SetMetadata(GROUP_ROLE, { roles, target } satisfies GroupRoleRequirement);

/** The group and the viewer's role in it, as resolved by the guard for @RequireGroupRole operations. */
export const CurrentAccess = createParamDecorator((_data: unknown, context: ExecutionContext): GroupAccess => {
  return GqlExecutionContext.create(context).getContext<GqlContext>().access as GroupAccess;
});

export const CurrentViewer = createParamDecorator((_data: unknown, context: ExecutionContext): Viewer => {
  return GqlExecutionContext.create(context).getContext<GqlContext>().viewer as Viewer;
});
