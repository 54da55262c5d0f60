import { MANAGING_ROLES } from '@elinvoima/domain';
import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import { RequireGroupRole } from '../auth/access.decorators.js';
import { groupById } from '../groups/group.target.js';
import { OutboxDispatcher } from './outbox-dispatcher.service.js';
import { OutboxMessageEntity } from './outbox-message.entity.js';
import { Outbox, OUTBOX_LIMIT } from './outbox.model.js';

@Resolver(() => Outbox)
export class OutboxResolver {
  constructor(
    private readonly db: DataSource,
    private readonly dispatcher: OutboxDispatcher,
  ) {}

  @RequireGroupRole(MANAGING_ROLES, groupById('groupId'))
  @Query(() => Outbox, {
    description: "The group's invitations and notices and whether each has been sent; for the chair and the secretary",
  })
  async outbox(@Args('groupId', { type: () => ID }) groupId: string): Promise<Outbox> {
    const messages = await this.db.getRepository(OutboxMessageEntity).find({
      where: { groupId },
      order: { createdAt: 'DESC', recipientName: 'ASC' },
      take: OUTBOX_LIMIT,
    });
    return { sending: this.dispatcher.sends, messages };
  }
}
