import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ANY_ROLE, CurrentViewer, RequireGroupRole } from '../auth/access.decorators.js';
import { groupById } from '../groups/group.target.js';
import type { Viewer } from '../auth/viewer.js';
import { CalendarFeedEntity } from './calendar-feed.entity.js';
import { CreateGroupCalendarFeedInput, RevokeCalendarFeedInput } from './calendar-feed.inputs.js';
import { CreatedCalendarFeed } from './calendar-feed.model.js';
import { CalendarFeedsService } from './calendar-feeds.service.js';
import { ListBound } from '../graphql/list-bounds.js';

@Resolver(() => CalendarFeedEntity)
export class CalendarFeedsResolver {
  constructor(private readonly feeds: CalendarFeedsService) {}

  // A personal feed and one per group.
  @ListBound(201)
  @Query(() => [CalendarFeedEntity], { description: "The viewer's calendar subscription addresses that still work" })
  myCalendarFeeds(@CurrentViewer() viewer: Viewer): Promise<CalendarFeedEntity[]> {
    return this.feeds.list(viewer);
  }

  @Mutation(() => CreatedCalendarFeed, {
    description: "A subscription address for the meetings of all the viewer's groups",
  })
  createMyCalendarFeed(@CurrentViewer() viewer: Viewer): Promise<CreatedCalendarFeed> {
    return this.feeds.create(viewer, null);
  }

  @RequireGroupRole(ANY_ROLE, groupById('input.groupId'))
  @Mutation(() => CreatedCalendarFeed, { description: "A subscription address for one group's meetings" })
  createGroupCalendarFeed(
    @Args('input') input: CreateGroupCalendarFeedInput,
    @CurrentViewer() viewer: Viewer,
  ): Promise<CreatedCalendarFeed> {
    return this.feeds.create(viewer, input.groupId);
  }

  @Mutation(() => CalendarFeedEntity, {
    description: 'Stops an address from working; calendar apps get nothing more from it',
  })
  revokeCalendarFeed(
    @Args('input') input: RevokeCalendarFeedInput,
    @CurrentViewer() viewer: Viewer,
  ): Promise<CalendarFeedEntity> {
    return this.feeds.revoke(viewer, input.id);
  }
}
