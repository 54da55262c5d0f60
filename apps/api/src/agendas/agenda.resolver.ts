import { MANAGING_ROLES } from '@elinvoima/domain';
import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer, RequireGroupRole } from '../auth/access.decorators.js';
import { groupOfMeeting } from '../meetings/meeting.target.js';
import { groupOfAgendaItem } from './agenda-item.target.js';
import type { GqlContext, Viewer } from '../auth/viewer.js';
import { renderMarkdown } from '../common/markdown.js';
import { MeetingEntity } from '../meetings/meeting.entity.js';
import { ProjectEntity } from '../projects/project.entity.js';
import { projectLoaders } from '../projects/project.loaders.js';
import { ThemeEntity } from '../themes/theme.entity.js';
import { UserEntity } from '../users/user.entity.js';
import { userLoaders } from '../users/user.loaders.js';
import { AgendaItemEntity } from './agenda-item.entity.js';
import { type LoadedAgendaItem, agendaLoaders } from './agenda.loaders.js';
import { AgendaService } from './agenda.service.js';
import {
  AddAgendaItemInput,
  RemoveAgendaItemInput,
  ReorderAgendaInput,
  UpdateAgendaItemInput,
} from './dto/agenda-item.inputs.js';
import { ListBound } from '../graphql/list-bounds.js';
import { THEMES_PER_ITEM_MAX } from '../themes/theme-links.js';

@Resolver(() => AgendaItemEntity)
export class AgendaResolver {
  constructor(private readonly agenda: AgendaService) {}

  @RequireGroupRole(MANAGING_ROLES, groupOfMeeting('input.meetingId'))
  @Mutation(() => AgendaItemEntity)
  addAgendaItem(@Args('input') input: AddAgendaItemInput, @CurrentViewer() viewer: Viewer): Promise<AgendaItemEntity> {
    return this.agenda.add(input, viewer);
  }

  @RequireGroupRole(MANAGING_ROLES, groupOfAgendaItem('input.id'))
  @Mutation(() => AgendaItemEntity)
  updateAgendaItem(
    @Args('input') input: UpdateAgendaItemInput,
    @CurrentViewer() viewer: Viewer,
  ): Promise<AgendaItemEntity> {
    return this.agenda.update(input, viewer);
  }

  @RequireGroupRole(MANAGING_ROLES, groupOfAgendaItem('input.id'))
  @Mutation(() => MeetingEntity, { description: 'Removes the item and renumbers the rest; returns the meeting' })
  removeAgendaItem(
    @Args('input') input: RemoveAgendaItemInput,
    @CurrentViewer() viewer: Viewer,
  ): Promise<MeetingEntity> {
    return this.agenda.remove(input, viewer);
  }

  @RequireGroupRole(MANAGING_ROLES, groupOfMeeting('input.meetingId'))
  @Mutation(() => MeetingEntity, { description: 'Puts the agenda in the given order; returns the meeting' })
  reorderAgenda(@Args('input') input: ReorderAgendaInput, @CurrentViewer() viewer: Viewer): Promise<MeetingEntity> {
    return this.agenda.reorder(input, viewer);
  }

  @ResolveField(() => String, { description: 'Shown as § 1, § 2 …' })
  number(@Parent() item: AgendaItemEntity): string {
    return `§ ${item.position}`;
  }

  @ResolveField(() => Date, {
    nullable: true,
    description: "Planned start, from the meeting's start and the items before",
  })
  plannedStart(@Parent() item: AgendaItemEntity & { plannedStart?: Date }): Date | null {
    return item.plannedStart ?? null;
  }

  @ResolveField(() => String, { description: 'The description rendered from Markdown to safe HTML' })
  descriptionHtml(@Parent() item: AgendaItemEntity): string {
    return renderMarkdown(item.description);
  }

  @ResolveField(() => UserEntity, { nullable: true })
  async presenter(@Parent() item: LoadedAgendaItem, @Context() ctx: GqlContext): Promise<UserEntity | null> {
    if (item.presenter !== undefined) return item.presenter;
    return item.presenterUserId ? ctx.loaders.of(userLoaders).user.load(item.presenterUserId) : null;
  }

  @ResolveField(() => ProjectEntity, { nullable: true })
  async project(@Parent() item: LoadedAgendaItem, @Context() ctx: GqlContext): Promise<ProjectEntity | null> {
    if (item.project !== undefined) return item.project;
    return item.projectId ? ctx.loaders.of(projectLoaders).project.load(item.projectId) : null;
  }

  @ListBound(THEMES_PER_ITEM_MAX)
  @ResolveField(() => [ThemeEntity])
  async themes(@Parent() item: LoadedAgendaItem, @Context() ctx: GqlContext): Promise<ThemeEntity[]> {
    if (item.themes) return item.themes;
    const agenda = await ctx.loaders.of(agendaLoaders).agendaOfMeeting.load(item.meetingId);
    return agenda.find((i) => i.id === item.id)?.themes ?? [];
  }

  @ResolveField(() => Boolean, { description: 'Changed after the agenda was published' })
  async changedAfterPublishing(@Parent() item: AgendaItemEntity, @Context() ctx: GqlContext): Promise<boolean> {
    const changes = await ctx.loaders.of(agendaLoaders).changesOfMeeting.load(item.meetingId);
    return changes.some((c) => c.agendaItemId === item.id);
  }
}
