import { Field, ID, ObjectType } from '@nestjs/graphql';
import { OutboxMessageEntity } from './outbox-message.entity.js';
import { ListBound } from '../graphql/list-bounds.js';

/** How many messages the outbox view shows. */
export const OUTBOX_LIMIT = 200;

@ObjectType({ description: 'A meeting that messages of the outbox are about, to group them by' })
export class OutboxMeeting {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field()
  startsAt: Date;
}

@ObjectType({ description: "A group's outgoing mail, newest first" })
export class Outbox {
  @Field({ description: 'False when no mail server is configured: messages are held here and not sent' })
  sending: boolean;

  @ListBound(OUTBOX_LIMIT)
  @Field(() => [OutboxMessageEntity])
  messages: OutboxMessageEntity[];

  @ListBound(OUTBOX_LIMIT)
  @Field(() => [OutboxMeeting], { description: 'The meetings the messages are about, soonest first' })
  meetings: OutboxMeeting[];
}
