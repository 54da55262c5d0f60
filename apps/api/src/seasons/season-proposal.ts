import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ListBound } from '../graphql/list-bounds.js';

export enum SeasonConflictKind {
  /** The group already meets at that time. */
  GROUP_MEETING = 'GROUP_MEETING',
  /** A member has a meeting of another group at that time. */
  MEMBER_BUSY = 'MEMBER_BUSY',
}
registerEnumType(SeasonConflictKind, { name: 'SeasonConflictKind' });

@ObjectType('SeasonConflict')
export class SeasonConflict {
  @Field(() => SeasonConflictKind)
  kind: SeasonConflictKind;

  @Field({ description: 'What clashes, in the viewer’s language' })
  description: string;

  @Field(() => ID, { nullable: true, description: "The group's own overlapping meeting" })
  meetingId: string | null;
}

@ObjectType('SeasonProposal')
export class SeasonProposal {
  @Field({ description: 'YYYY-MM-DD' })
  date: string;

  @Field()
  startsAt: Date;

  @Field()
  endsAt: Date;

  @Field(() => String, { nullable: true, description: 'Why the date is left out, e.g. a public holiday' })
  skippedBecause: string | null;

  // The group's own meeting at that time, or members busy elsewhere.
  @ListBound(100)
  @Field(() => [SeasonConflict])
  conflicts: SeasonConflict[];
}
