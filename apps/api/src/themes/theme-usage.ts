import { Field, Int, ObjectType } from '@nestjs/graphql';
import { ThemeEntity } from './theme.entity.js';

/** How often a theme was handled in a period: as a meeting's theme and as an item's theme. */
@ObjectType('ThemeUsage')
export class ThemeUsage {
  @Field(() => ThemeEntity)
  theme: ThemeEntity;

  @Field(() => Int)
  meetings: number;

  @Field(() => Int)
  agendaItems: number;
}
