import { InputType } from '@nestjs/graphql';
import { IsOptional } from 'class-validator';
import { IdField } from '../common/input-fields.js';

@InputType()
export class SendOutboxMessageInput {
  @IdField()
  id: string;
}

@InputType()
export class SendOutboxMessagesInput {
  @IdField()
  groupId: string;

  @IdField({ nullable: true, description: "Only this meeting's messages; all of the group's without it" })
  @IsOptional()
  meetingId?: string | null;
}
