import { Field, Float, ID, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum SearchHitKind {
  MEETING = 'MEETING',
  AGENDA_ITEM = 'AGENDA_ITEM',
}
registerEnumType(SearchHitKind, { name: 'SearchHitKind' });

/** A meeting or an agenda item that matched a search. */
@ObjectType('SearchHit')
export class SearchHit {
  @Field(() => SearchHitKind)
  kind: SearchHitKind;

  @Field(() => ID)
  meetingId: string;

  @Field(() => ID, { nullable: true })
  agendaItemId: string | null;

  @Field(() => ID)
  groupId: string;

  @Field({ description: "The meeting's or the item's title" })
  title: string;

  @Field({ description: "The title of the meeting (of the item's meeting, for an agenda item)" })
  meetingTitle: string;

  @Field({ description: 'HTML-escaped text around the matches, each match wrapped in <mark>…</mark>' })
  snippet: string;

  @Field({ description: "The meeting's start" })
  startsAt: Date;

  @Field(() => Float, { description: 'Relevance; higher is better' })
  rank: number;
}
