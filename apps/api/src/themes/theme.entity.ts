import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity } from 'typeorm';
import { TimestampedEntity } from '../common/timestamped.entity.js';

/** A subject a group returns to, e.g. asuminen (housing); meetings and agenda items carry themes. */
@ObjectType('Theme')
@Entity('theme')
export class ThemeEntity extends TimestampedEntity {
  @Field(() => ID)
  @Column('uuid')
  groupId: string;

  @Field()
  @Column()
  nameFi: string;

  @Field()
  @Column()
  nameEn: string;

  @Field(() => String, { nullable: true, description: 'A colour as #rrggbb' })
  @Column({ type: 'varchar', length: 7, nullable: true })
  colour: string | null;
}
