import { Field, ObjectType } from '@nestjs/graphql';
import { CalendarFeedEntity } from './calendar-feed.entity.js';

@ObjectType({ description: 'A new subscription address; its secret is shown only this once' })
export class CreatedCalendarFeed {
  @Field(() => CalendarFeedEntity)
  feed: CalendarFeedEntity;

  @Field({ description: 'The address to give to a calendar app (https://…/calendar/<token>.ics)' })
  url: string;
}
