import { MANAGING_ROLES } from '@elinvoima/domain';
import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { AgendaItemEntity } from '../agendas/agenda-item.entity.js';
import { type LoadedAgendaItem, agendaLoaders } from '../agendas/agenda.loaders.js';
import { CurrentViewer, RequireGroupRole } from '../auth/access.decorators.js';
import { groupOfAttachment } from './attachment.target.js';
import type { GqlContext, Viewer } from '../auth/viewer.js';
import { AttachmentEntity } from '../agendas/attachment.entity.js';
import { downloadUrlOf } from './attachment-url.js';
import { AttachmentsService } from './attachments.service.js';
import { RemoveAttachmentInput } from './dto/remove-attachment.input.js';
import { ListBound } from '../graphql/list-bounds.js';

@Resolver(() => AttachmentEntity)
export class AttachmentsResolver {
  constructor(private readonly attachments: AttachmentsService) {}

  @RequireGroupRole(MANAGING_ROLES, groupOfAttachment('input.id'))
  @Mutation(() => AgendaItemEntity, { description: 'Removes an attachment; returns its agenda item' })
  removeAttachment(
    @Args('input') input: RemoveAttachmentInput,
    @CurrentViewer() viewer: Viewer,
  ): Promise<AgendaItemEntity> {
    return this.attachments.remove(input.id, viewer);
  }

  @ResolveField(() => String, { description: 'GET this (signed in) to download the file' })
  downloadUrl(@Parent() attachment: AttachmentEntity): string {
    return downloadUrlOf(attachment.id);
  }
}

/** An agenda item's attachments, loaded with the agenda itself. */
@Resolver(() => AgendaItemEntity)
export class AgendaItemAttachmentsResolver {
  @ListBound(20)
  @ResolveField(() => [AttachmentEntity], { description: 'Files attached to the item, oldest first' })
  async attachments(@Parent() item: LoadedAgendaItem, @Context() ctx: GqlContext): Promise<AttachmentEntity[]> {
    if (item.attachments) return item.attachments;
    const agenda = await ctx.loaders.of(agendaLoaders).agendaOfMeeting.load(item.meetingId);
    return agenda.find((i) => i.id === item.id)?.attachments ?? [];
  }
}
