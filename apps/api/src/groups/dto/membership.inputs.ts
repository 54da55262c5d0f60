import { GroupRole, LIMITS, Locale } from '@elinvoima/domain';
import { Field, InputType } from '@nestjs/graphql';
import { IsEmail, IsEnum, IsNotEmpty, IsOptional, MaxLength } from 'class-validator';
import { IdField, VersionField } from '../../common/input-fields.js';
import { IsIsoDate } from '../../common/iso-date.js';
import { Trim } from '../../common/trim.js';

@InputType()
export class AddMemberInput {
  @IdField()
  groupId: string;

  @Field({ description: 'An existing account is reused; otherwise one is created for this address' })
  @Trim()
  @IsNotEmpty()
  @MaxLength(LIMITS.emailMax)
  @IsEmail()
  email: string;

  @Field()
  @Trim()
  @IsNotEmpty()
  @MaxLength(LIMITS.nameMax)
  name: string;

  @Field(() => GroupRole)
  @IsEnum(GroupRole)
  role: GroupRole;

  @Field({ nullable: true, description: 'First day, YYYY-MM-DD; today when left out' })
  @IsOptional()
  @IsIsoDate()
  since?: string;

  @Field(() => Locale, {
    nullable: true,
    description:
      'Language of a new account and its sign-in invitation; Finnish when left out. An existing account keeps its own',
  })
  @IsOptional()
  @IsEnum(Locale)
  locale?: Locale;
}

@InputType()
export class ChangeMemberRoleInput {
  @IdField()
  membershipId: string;

  @Field(() => GroupRole)
  @IsEnum(GroupRole)
  role: GroupRole;

  @VersionField()
  version: number;
}

@InputType()
export class EndMembershipInput {
  @IdField()
  membershipId: string;

  @Field({ nullable: true, description: 'Last day, YYYY-MM-DD; today when left out' })
  @IsOptional()
  @IsIsoDate()
  until?: string;

  @VersionField()
  version: number;
}
