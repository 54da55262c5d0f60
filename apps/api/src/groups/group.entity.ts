import { Locale } from '@elinvoima/domain';
import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, VersionColumn } from 'typeorm';
import { TimestampedEntity } from '../common/timestamped.entity.js';

/** A working group of a municipality, e.g. Vesannon elinvoimaryhmä. */
@ObjectType('Group')
@Entity('working_group')
export class GroupEntity extends TimestampedEntity {
  @Field(() => ID)
  @Column('uuid')
  organizationId: string;

  @Field()
  @Column()
  name: string;

  @Field()
  @Column({ default: '' })
  description: string;

  @Field(() => Locale)
  @Column({ type: 'varchar', length: 2, default: Locale.FI })
  defaultLocale: Locale;

  /** Published minutes of municipal bodies are public by law; a working group may choose. */
  @Field()
  @Column({ default: true })
  minutesPublic: boolean;

  /** Päätösvaltaisuus: members present needed; null keeps the default, more than half. */
  @Field(() => Int, { nullable: true, description: 'Members present needed for a quorum; null: more than half' })
  @Column({ type: 'integer', nullable: true })
  quorumMinimum: number | null;

  @Field(() => Int)
  @VersionColumn()
  version: number;
}
