import { applyDecorators } from '@nestjs/common';
import { Field, type FieldOptions, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsUUID, Max, Min } from 'class-validator';

/** The largest version PostgreSQL's `integer` holds. */
const VERSION_MAX = 2_147_483_647;

/** An input's reference to a thing by its id: a GraphQL ID that must be a UUID. */
export function IdField(options: FieldOptions = {}): PropertyDecorator {
  return applyDecorators(
    Field(() => ID, options),
    IsUUID(),
  );
}

/** The version an edit was made on: a stale one gets CONFLICT with the current version. */
export function VersionField(
  description = 'The version the change was made on; a stale one gets CONFLICT',
): PropertyDecorator {
  return applyDecorators(
    Field(() => Int, { description }),
    IsInt(),
    Min(1),
    Max(VERSION_MAX),
  );
}

/** An edit of the thing `id`, made on its `version`: the start of most update and remove inputs. */
@InputType({ isAbstract: true })
export class VersionedInput {
  @IdField()
  id: string;

  @VersionField()
  version: number;
}
