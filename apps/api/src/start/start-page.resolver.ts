import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GroupAccess } from '../access/group-access.js';
import { ANY_ROLE, CurrentAccess, CurrentViewer, RequireGroupRole } from '../auth/access.decorators.js';
import type { GqlContext, Viewer } from '../auth/viewer.js';
import { groupById } from '../groups/group.target.js';
import { MeetingEntity } from '../meetings/meeting.entity.js';
import { groupOfMeeting } from '../meetings/meeting.target.js';
import { AgendaNews } from './agenda-news.js';
import { StartPage } from './start-page.model.js';
import { StartPageService } from './start-page.service.js';
import { startLoaders } from './start.loaders.js';

@Resolver(() => StartPage)
export class StartPageResolver {
  constructor(private readonly service: StartPageService) {}

  @Query(() => StartPage, { description: 'What is next in the groups the viewer is a member of' })
  startPage(@CurrentViewer() viewer: Viewer): Promise<StartPage> {
    return this.service.startPage(viewer, { allGroups: true });
  }

  @RequireGroupRole(ANY_ROLE, groupById('groupId'))
  @Query(() => StartPage, { description: 'What is next in one group' })
  groupStartPage(
    @Args('groupId', { type: () => ID }) _groupId: string,
    @CurrentAccess() access: GroupAccess,
    @CurrentViewer() viewer: Viewer,
  ): Promise<StartPage> {
    return this.service.startPage(viewer, { group: access });
  }

  @RequireGroupRole(ANY_ROLE, groupOfMeeting('meetingId'))
  @Mutation(() => MeetingEntity, {
    description: "The viewer opened the meeting's page: its agenda is no longer new or changed for them",
  })
  markAgendaSeen(
    @Args('meetingId', { type: () => ID }) meetingId: string,
    @CurrentAccess() access: GroupAccess,
    @CurrentViewer() viewer: Viewer,
  ): Promise<MeetingEntity> {
    return this.service.markSeen(meetingId, access, viewer);
  }
}

@Resolver(() => MeetingEntity)
export class MeetingNewsResolver {
  @ResolveField(() => AgendaNews, {
    nullable: true,
    description: 'What of the published agenda the viewer has not read yet; null when nothing',
  })
  agendaNews(@Parent() meeting: MeetingEntity, @Context() ctx: GqlContext): Promise<AgendaNews | null> | null {
    if (!ctx.viewer) return null;
    return ctx.loaders.of(startLoaders).agendaNews.load({ userId: ctx.viewer.user.id, meetingId: meeting.id });
  }
}
