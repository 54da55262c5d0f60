import { InputType } from '@nestjs/graphql';
import { IdField } from '../common/input-fields.js';

@InputType()
export class CreateGroupCalendarFeedInput {
  @IdField()
  groupId: string;
}

@InputType()
export class RevokeCalendarFeedInput {
  @IdField()
  id: string;
}
