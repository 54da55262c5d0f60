import { AGENDA_LIMITS, agendaTimetable } from '@elinvoima/domain';
import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '../auth/viewer.js';
import { MeetingEntity } from '../meetings/meeting.entity.js';
import { AgendaChangeEntity } from './agenda-change.entity.js';
import { AgendaItemEntity } from './agenda-item.entity.js';
import { agendaLoaders } from './agenda.loaders.js';
import { ListBound } from '../graphql/list-bounds.js';

/** A meeting's agenda and what changed in it after publishing. */
@Resolver(() => MeetingEntity)
export class MeetingAgendaResolver {
  @ListBound(AGENDA_LIMITS.itemsMax)
  @ResolveField(() => [AgendaItemEntity], { description: 'The items in order, each with its planned start' })
  async agenda(@Parent() meeting: MeetingEntity, @Context() ctx: GqlContext): Promise<AgendaItemEntity[]> {
    const items = await ctx.loaders.of(agendaLoaders).agendaOfMeeting.load(meeting.id);
    const starts = agendaTimetable(
      meeting.startsAt,
      items.map((i) => i.plannedMinutes),
    );
    return items.map((item, i) => Object.assign(item, { plannedStart: starts[i] }));
  }

  @ListBound(200)
  @ResolveField(() => [AgendaChangeEntity], {
    description: 'Changes made after the agenda was published, oldest first',
  })
  changes(@Parent() meeting: MeetingEntity, @Context() ctx: GqlContext): Promise<AgendaChangeEntity[]> {
    return ctx.loaders.of(agendaLoaders).changesOfMeeting.load(meeting.id);
  }
}
