import { InputType } from '@nestjs/graphql';
import { IdField } from '../../common/input-fields.js';

@InputType()
export class RemoveAttachmentInput {
  @IdField()
  id: string;
}
