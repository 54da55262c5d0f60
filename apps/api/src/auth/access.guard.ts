import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { isUUID } from 'class-validator';
import { DomainError } from '../common/domain-error.js';
import { GROUP_ROLE, type GroupRoleRequirement, IS_PUBLIC, ORG_ADMIN } from './access.decorators.js';
import { GroupAccessService } from './group-access.service.js';
import type { GqlContext, ViewerRequest } from './viewer.js';

function valueAt(source: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], source);
}

/**
 * Every operation passes here: anonymous visitors only reach @Public ones, and operations
 * declaring @RequireGroupRole or @RequireOrgAdmin are checked against the viewer's role.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly groupAccess: GroupAccessService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;

    const isGraphql = context.getType<string>() === 'graphql';
    const gql = isGraphql ? GqlExecutionContext.create(context) : undefined;
    const viewer = gql
      ? gql.getContext<GqlContext>().viewer
      : context.switchToHttp().getRequest<ViewerRequest>().viewer;
    if (!viewer) throw DomainError.unauthenticated();

    if (this.reflector.getAllAndOverride<boolean>(ORG_ADMIN, targets) && !viewer.user.isOrgAdmin) {
      throw DomainError.forbidden();
    }

    const requirement = this.reflector.getAllAndOverride<GroupRoleRequirement>(GROUP_ROLE, targets);
    if (!requirement) return true;
    const args = gql ? gql.getArgs() : context.switchToHttp().getRequest<ViewerRequest>().params;
    const targetId = valueAt(args, requirement.target.path);
    // Guards run before validation pipes, so the id is checked here before it reaches SQL.
    if (typeof targetId !== 'string' || !isUUID(targetId)) {
      throw DomainError.badInput(requirement.target.path, 'validation.isUuid');
    }
    const access = await this.groupAccess.resolve(requirement.target, targetId, viewer.user.id);
    if (!access) throw DomainError.notFound();
    if (gql) gql.getContext<GqlContext>().access = access;
    else context.switchToHttp().getRequest<ViewerRequest>().access = access;
    if (viewer.user.isOrgAdmin) return true;
    if (!access.role) throw DomainError.notFound();
    if (!requirement.roles.includes(access.role)) throw DomainError.forbidden();
    return true;
  }
}
