import { Field, ObjectType } from '@nestjs/graphql';
import { OutboxMessageEntity } from './outbox-message.entity.js';

@ObjectType({ description: "A group's outgoing mail, newest first" })
export class Outbox {
  @Field({ description: 'False when no mail server is configured: messages are held here and not sent' })
  sending: boolean;

  @Field(() => [OutboxMessageEntity])
  messages: OutboxMessageEntity[];
}
