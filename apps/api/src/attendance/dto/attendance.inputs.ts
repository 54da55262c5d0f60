import { ATTENDANCE_LIMITS, AttendanceStatus, GuestRole } from '@elinvoima/domain';
import { Field, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsEnum,
  IsInt,
  IsNotEmpty,
  IsOptional,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { IdField, VersionField } from '../../common/input-fields.js';
import { Trim } from '../../common/trim.js';

/** A change to a meeting's attendance, made on the attendance's version (0 before anything is recorded). */
@InputType({ isAbstract: true })
class AttendanceChange {
  @IdField()
  meetingId: string;

  @Field(() => Int, { description: "The attendance's version the change was made on; a stale one gets CONFLICT" })
  @IsInt()
  @Min(0)
  @Max(2_147_483_647)
  version: number;
}

@InputType()
export class AttendanceEntryInput {
  @IdField()
  userId: string;

  @Field(() => AttendanceStatus)
  @IsEnum(AttendanceStatus)
  status: AttendanceStatus;

  @IdField({ nullable: true, description: 'The agenda item the member arrived at' })
  @IsOptional()
  arrivalItemId?: string | null;

  @IdField({ nullable: true, description: 'The agenda item the member left at, before its decision' })
  @IsOptional()
  leavingItemId?: string | null;
}

@InputType()
export class RecordAttendanceInput extends AttendanceChange {
  @Field(() => [AttendanceEntryInput], { description: 'Members to record; others keep what they had' })
  @ArrayMaxSize(ATTENDANCE_LIMITS.entriesMax)
  @ValidateNested({ each: true })
  @Type(() => AttendanceEntryInput)
  entries: AttendanceEntryInput[];
}

@InputType()
export class AddMeetingGuestInput extends AttendanceChange {
  @Field()
  @Trim()
  @IsNotEmpty()
  @MaxLength(ATTENDANCE_LIMITS.nameMax)
  name: string;

  @Field({ nullable: true })
  @IsOptional()
  @Trim()
  @MaxLength(ATTENDANCE_LIMITS.nameMax)
  organization?: string;

  @Field(() => GuestRole)
  @IsEnum(GuestRole)
  role: GuestRole;
}

@InputType()
export class RemoveMeetingGuestInput extends AttendanceChange {
  @IdField()
  guestId: string;
}

@InputType()
export class RecordDisqualificationInput extends AttendanceChange {
  @IdField()
  agendaItemId: string;

  @IdField()
  userId: string;

  @Field({ nullable: true, description: 'E.g. the ground of hallintolaki 28 §' })
  @IsOptional()
  @Trim()
  @MaxLength(ATTENDANCE_LIMITS.reasonMax)
  reason?: string;
}

@InputType()
export class RemoveDisqualificationInput extends AttendanceChange {
  @IdField()
  agendaItemId: string;

  @IdField()
  userId: string;
}

@InputType()
export class SetGroupQuorumInput {
  @IdField()
  groupId: string;

  @VersionField()
  version: number;

  @Field(() => Int, { nullable: true, description: 'Members present needed; null: more than half' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(ATTENDANCE_LIMITS.quorumMinimumMax)
  quorumMinimum?: number | null;
}
