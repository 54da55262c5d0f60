import { GroupRole } from '@elinvoima/domain';
import { createParamDecorator, type ExecutionContext, SetMetadata } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { GroupAccess } from '../access/group-access.js';
import type { GroupTarget } from './group-target.js';
import type { GqlContext, Viewer } from './viewer.js';

export const IS_PUBLIC = 'elinvoima:isPublic';
export const GROUP_ROLE = 'elinvoima:groupRole';
export const ORG_ADMIN = 'elinvoima:orgAdmin';

/** Open to anonymous visitors. Everything else needs a signed-in viewer. */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/** Only organization admins (the people who create groups). */
export const RequireOrgAdmin = () => SetMetadata(ORG_ADMIN, true);

export interface GroupRoleRequirement {
  roles: readonly GroupRole[];
  target: GroupTarget;
}

export const ANY_ROLE: readonly GroupRole[] = Object.values(GroupRole);

/**
 * The viewer must hold one of `roles` in the group that `target` belongs to; each domain declares
 * its targets with `groupTarget`, e.g. `groupOfMeeting('input.id')`. Organization admins pass;
 * people outside the group get NOT_FOUND (they learn nothing of it), members without the role get
 * FORBIDDEN.
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
