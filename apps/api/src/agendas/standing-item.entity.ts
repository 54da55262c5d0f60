import { AgendaItemKind } from '@elinvoima/domain';
import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity } from 'typeorm';
import { TimestampedEntity } from '../common/timestamped.entity.js';

/** A group's standing agenda item (e.g. Kokouksen avaus), copied into every new meeting's draft. */
@ObjectType('StandingItem')
@Entity('standing_item')
export class StandingItemEntity extends TimestampedEntity {
  @Field(() => ID)
  @Column('uuid')
  groupId: string;

  @Field(() => Int)
  @Column()
  position: number;

  @Field()
  @Column()
  title: string;

  @Field(() => AgendaItemKind)
  @Column({ type: 'enum', enum: AgendaItemKind, enumName: 'agenda_item_kind', default: AgendaItemKind.INFORMATION })
  kind: AgendaItemKind;

  @Field(() => Int, { nullable: true })
  @Column({ type: 'int', nullable: true })
  plannedMinutes: number | null;
}
