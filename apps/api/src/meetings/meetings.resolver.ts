import { MANAGING_ROLES } from '@elinvoima/domain';
import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ANY_ROLE, CurrentAccess, CurrentViewer, RequireGroupRole } from '../auth/access.decorators.js';
import { groupById } from '../groups/group.target.js';
import { groupOfMeeting } from './meeting.target.js';
import type { GroupAccess } from '../access/group-access.js';
import { canManage } from '../access/roles.js';
import { DomainError } from '../common/domain-error.js';
import type { GqlContext, Viewer } from '../auth/viewer.js';
import { GroupEntity } from '../groups/group.entity.js';
import { groupLoaders } from '../groups/group.loaders.js';
import { ThemeEntity } from '../themes/theme.entity.js';
import {
  CancelMeetingInput,
  CreateMeetingInput,
  PublishAgendaInput,
  UpdateMeetingInput,
} from './dto/meeting.inputs.js';
import { MeetingsArgs } from './dto/meetings.args.js';
import { MeetingEntity } from './meeting.entity.js';
import { meetingLoaders } from './meeting.loaders.js';
import { MeetingsService } from './meetings.service.js';
import { ListBound } from '../graphql/list-bounds.js';
import { THEMES_PER_ITEM_MAX } from '../themes/theme-links.js';

@Resolver(() => MeetingEntity)
export class MeetingsResolver {
  constructor(private readonly service: MeetingsService) {}

  @RequireGroupRole(ANY_ROLE, groupById('groupId'))
  // A meeting a month over ten years is 120; from and to usually narrow it to a month or a year.
  @ListBound(200)
  @Query(() => [MeetingEntity], {
    description: "A group's meetings, oldest first; drafts only for the chair and the secretary",
  })
  meetings(
    @Args() args: MeetingsArgs,
    @CurrentAccess() access: GroupAccess,
    @CurrentViewer() viewer: Viewer,
  ): Promise<MeetingEntity[]> {
    return this.service.list(args, access, viewer);
  }

  @RequireGroupRole(ANY_ROLE, groupOfMeeting('id'))
  @Query(() => MeetingEntity)
  meeting(
    @Args('id', { type: () => ID }) id: string,
    @CurrentAccess() access: GroupAccess,
    @CurrentViewer() viewer: Viewer,
  ): Promise<MeetingEntity> {
    return this.service.findVisible(id, access, viewer);
  }

  @RequireGroupRole(MANAGING_ROLES, groupById('input.groupId'))
  @Mutation(() => MeetingEntity)
  createMeeting(@Args('input') input: CreateMeetingInput): Promise<MeetingEntity> {
    return this.service.create(input);
  }

  @RequireGroupRole(MANAGING_ROLES, groupOfMeeting('input.id'))
  @Mutation(() => MeetingEntity)
  updateMeeting(@Args('input') input: UpdateMeetingInput, @CurrentViewer() viewer: Viewer): Promise<MeetingEntity> {
    return this.service.update(input, viewer);
  }

  @RequireGroupRole(MANAGING_ROLES, groupOfMeeting('input.id'))
  @Mutation(() => MeetingEntity)
  cancelMeeting(@Args('input') input: CancelMeetingInput): Promise<MeetingEntity> {
    return this.service.cancel(input);
  }

  @RequireGroupRole(MANAGING_ROLES, groupOfMeeting('input.meetingId'))
  @Mutation(() => MeetingEntity, { description: 'Makes the agenda visible to the members and sends the invitations' })
  publishAgenda(@Args('input') input: PublishAgendaInput): Promise<MeetingEntity> {
    return this.service.publish(input);
  }

  @ResolveField(() => GroupEntity)
  async group(@Parent() meeting: MeetingEntity, @Context() ctx: GqlContext): Promise<GroupEntity> {
    return (await ctx.loaders.of(groupLoaders).group.load(meeting.groupId))!;
  }

  /** The same people the invitations go to; both batch through the group's memberships in force. */
  @ResolveField(() => Int, {
    description: 'How many people get the invitation: everyone whose membership is in force (managers only)',
  })
  async inviteeCount(@Parent() meeting: MeetingEntity, @Context() ctx: GqlContext): Promise<number> {
    const loaders = ctx.loaders.of(groupLoaders);
    const viewer = ctx.viewer;
    if (!viewer) throw DomainError.unauthenticated();
    // Chairs first: the viewer's highest role in force in the meeting's group.
    const mine = await loaders.activeMembershipsOfUser.load(viewer.user.id);
    const role = mine.find((m) => m.groupId === meeting.groupId)?.role ?? null;
    if (!canManage({ role }, viewer)) throw DomainError.forbidden();
    const memberships = await loaders.activeMembershipsOfGroup.load(meeting.groupId);
    return new Set(memberships.map((m) => m.userId)).size;
  }

  @ListBound(THEMES_PER_ITEM_MAX)
  @ResolveField(() => [ThemeEntity])
  themes(
    @Parent() meeting: MeetingEntity & { themes?: ThemeEntity[] },
    @Context() ctx: GqlContext,
  ): Promise<ThemeEntity[]> | ThemeEntity[] {
    return meeting.themes ?? ctx.loaders.of(meetingLoaders).themesOfMeeting.load(meeting.id);
  }
}
