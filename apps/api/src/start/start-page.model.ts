import { Field, ObjectType } from '@nestjs/graphql';
import { ListBound } from '../graphql/list-bounds.js';
import { MeetingEntity } from '../meetings/meeting.entity.js';

/** How many coming meetings the start page lists. */
export const NEXT_MEETINGS_MAX = 5;
/** How many unread agendas the start page lists; more than a few means the reader is far behind anyway. */
export const NEW_AGENDAS_MAX = 20;

/** What is next for the viewer: across their groups, or in one group. */
@ObjectType('StartPage')
export class StartPage {
  @ListBound(NEXT_MEETINGS_MAX)
  @Field(() => [MeetingEntity], {
    description: 'Meetings not yet over, soonest first; drafts only where the viewer manages the group',
  })
  nextMeetings: MeetingEntity[];

  @ListBound(NEW_AGENDAS_MAX)
  @Field(() => [MeetingEntity], {
    description:
      'Published agendas of meetings not yet over that the viewer has not read since they were published or changed, soonest first',
  })
  newAgendas: MeetingEntity[];
}
