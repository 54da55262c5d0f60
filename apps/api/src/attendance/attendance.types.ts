import { AGENDA_LIMITS, ATTENDANCE_LIMITS, AttendanceStatus, GroupRole, GuestRole } from '@elinvoima/domain';
import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ListBound } from '../graphql/list-bounds.js';

registerEnumType(AttendanceStatus, {
  name: 'AttendanceStatus',
  valuesMap: {
    PRESENT: { description: 'läsnä' },
    ABSENT: { description: 'poissa' },
    EXCUSED: { description: 'estynyt' },
  },
});
registerEnumType(GuestRole, {
  name: 'GuestRole',
  valuesMap: {
    PRESENTER: { description: 'esittelijä' },
    EXPERT: { description: 'asiantuntija' },
    OTHER: { description: 'muu' },
  },
});

/** A member of the group on the meeting's day, and how they took part. */
@ObjectType()
export class AttendanceMember {
  @Field(() => ID)
  userId: string;

  @Field()
  name: string;

  @Field(() => GroupRole, { description: 'Their highest role on the day' })
  role: GroupRole;

  @Field(() => AttendanceStatus, { nullable: true, description: 'Null until recorded' })
  status: AttendanceStatus | null;

  @Field(() => ID, { nullable: true, description: 'The agenda item they arrived at' })
  arrivalItemId: string | null;

  @Field(() => ID, { nullable: true, description: 'The agenda item they left at, before its decision' })
  leavingItemId: string | null;
}

@ObjectType()
export class MeetingGuest {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field()
  organization: string;

  @Field(() => GuestRole)
  role: GuestRole;
}

/** A member disqualified from an item (esteellisyys, hallintolaki 27–30 §). */
@ObjectType()
export class Disqualification {
  @Field(() => ID)
  agendaItemId: string;

  @Field(() => ID)
  userId: string;

  @Field()
  reason: string;
}

/** Päätösvaltaisuus: how many may decide, how many take part, and how many are needed. */
@ObjectType()
export class Quorum {
  @Field(() => Int)
  memberCount: number;

  @Field(() => Int)
  presentCount: number;

  @Field(() => Int)
  required: number;

  @Field()
  reached: boolean;
}

/** The quorum of one item, without the members disqualified from it and those not there for it. */
@ObjectType()
export class ItemQuorum extends Quorum {
  @Field(() => ID)
  agendaItemId: string;
}

@ObjectType()
export class Attendance {
  @Field(() => ID)
  meetingId: string;

  @Field(() => Int, { description: 'The version changes are made on; 0 before anything is recorded' })
  version: number;

  @Field({ description: 'Whether attendance has been recorded for the meeting' })
  recorded: boolean;

  @Field(() => Int, { nullable: true, description: "The group's quorum minimum; null: more than half" })
  quorumMinimum: number | null;

  @ListBound(ATTENDANCE_LIMITS.entriesMax)
  @Field(() => [AttendanceMember], { description: "The group's members on the meeting's day, chairs first" })
  members: AttendanceMember[];

  @ListBound(ATTENDANCE_LIMITS.guestsMax)
  @Field(() => [MeetingGuest])
  guests: MeetingGuest[];

  // A few per meeting at most: a member disqualified from an item is rare.
  @ListBound(200)
  @Field(() => [Disqualification])
  disqualifications: Disqualification[];

  @Field(() => Quorum, { description: 'The meeting as a whole: every member recorded present' })
  quorum: Quorum;

  @ListBound(AGENDA_LIMITS.itemsMax)
  @Field(() => [ItemQuorum], { description: 'Each agenda item in order' })
  itemQuorums: ItemQuorum[];
}
