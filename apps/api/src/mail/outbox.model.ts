import { Field, ObjectType } from '@nestjs/graphql';
import { OutboxMessageEntity } from './outbox-message.entity.js';
import { ListBound } from '../graphql/list-bounds.js';

/** How many messages the outbox view shows. */
export const OUTBOX_LIMIT = 200;

@ObjectType({ description: "A group's outgoing mail, newest first" })
export class Outbox {
  @Field({ description: 'False when no mail server is configured: messages are held here and not sent' })
  sending: boolean;

  @ListBound(OUTBOX_LIMIT)
  @Field(() => [OutboxMessageEntity])
  messages: OutboxMessageEntity[];
}
