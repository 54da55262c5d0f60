import { InputType, IntersectionType, OmitType, PartialType } from '@nestjs/graphql';
import { VersionedInput } from '../../common/input-fields.js';
import { CreateGroupInput } from './create-group.input.js';

/** Changes to a group: any of its own fields, as for a new group. */
@InputType()
export class UpdateGroupInput extends IntersectionType(
  VersionedInput,
  PartialType(OmitType(CreateGroupInput, ['organizationId'])),
) {}
