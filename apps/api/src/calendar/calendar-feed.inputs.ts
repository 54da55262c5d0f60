import { Field, ID, InputType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';

@InputType()
export class CreateGroupCalendarFeedInput {
  @Field(() => ID)
  @IsUUID()
  groupId: string;
}

@InputType()
export class RevokeCalendarFeedInput {
  @Field(() => ID)
  @IsUUID()
  id: string;
}
