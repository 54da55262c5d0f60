import { MANAGING_ROLES } from '@elinvoima/domain';
import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { RequireGroupRole } from '../auth/access.decorators.js';
import { groupById } from '../groups/group.target.js';
import { DeliveryFailure, deliveryFailureOf } from './delivery-failure.js';
import { OutboxMessageEntity } from './outbox-message.entity.js';
import { groupOfOutboxMessage } from './outbox-message.target.js';
import { Outbox } from './outbox.model.js';
import { SendOutboxMessageInput, SendOutboxMessagesInput } from './outbox.inputs.js';
import { mayHandOut, OutboxService } from './outbox.service.js';

@Resolver(() => Outbox)
export class OutboxResolver {
  constructor(private readonly outboxes: OutboxService) {}

  @RequireGroupRole(MANAGING_ROLES, groupById('groupId'))
  @Query(() => Outbox, {
    description: "The group's invitations and notices and whether each has been sent; for the chair and the secretary",
  })
  outbox(@Args('groupId', { type: () => ID }) groupId: string): Promise<Outbox> {
    return this.outboxes.outbox(groupId);
  }

  @RequireGroupRole(MANAGING_ROLES, groupOfOutboxMessage('input.id'))
  @Mutation(() => OutboxMessageEntity, {
    description:
      'Sends a held or failed message now that a mail server is configured; one already queued or sent stays as it is',
  })
  sendOutboxMessage(@Args('input') input: SendOutboxMessageInput): Promise<OutboxMessageEntity> {
    return this.outboxes.send(input.id);
  }

  @RequireGroupRole(MANAGING_ROLES, groupById('input.groupId'))
  @Mutation(() => Outbox, {
    description: 'Sends every held or failed message of the group, or of one of its meetings; returns the outbox',
  })
  sendOutboxMessages(@Args('input') input: SendOutboxMessagesInput): Promise<Outbox> {
    return this.outboxes.sendAll(input.groupId, input.meetingId ?? null);
  }
}

/** What the outbox page tells of each message beyond its stored columns. */
@Resolver(() => OutboxMessageEntity)
export class OutboxMessageResolver {
  @ResolveField(() => Boolean, { description: 'Whether the message can be downloaded whole, as .eml (and .ics)' })
  downloadable(@Parent() message: OutboxMessageEntity): boolean {
    return mayHandOut(message);
  }

  @ResolveField(() => Boolean, { description: 'Whether the message carries a calendar entry (.ics)' })
  hasCalendar(@Parent() message: OutboxMessageEntity): boolean {
    return message.ics !== null;
  }

  @ResolveField(() => DeliveryFailure, {
    nullable: true,
    description: 'Why the last attempt failed, in plain terms; `lastError` has the mail server’s own words',
  })
  failure(@Parent() message: OutboxMessageEntity): DeliveryFailure | null {
    return deliveryFailureOf(message.lastError);
  }
}
