import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, Entity } from 'typeorm';
import { TimestampedEntity } from '../common/timestamped.entity.js';

export enum AgendaChangeKind {
  ITEM_ADDED = 'ITEM_ADDED',
  ITEM_UPDATED = 'ITEM_UPDATED',
  ITEM_REMOVED = 'ITEM_REMOVED',
  REORDERED = 'REORDERED',
  MEETING_UPDATED = 'MEETING_UPDATED',
}
registerEnumType(AgendaChangeKind, { name: 'AgendaChangeKind' });

/** A change made to an agenda after it was published, shown to the members. */
@ObjectType('AgendaChange')
@Entity('agenda_change')
export class AgendaChangeEntity extends TimestampedEntity {
  @Field(() => ID)
  @Column('uuid')
  meetingId: string;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  agendaItemId: string | null;

  @Field({ description: 'The item (or meeting) title at the time of the change' })
  @Column()
  itemTitle: string;

  @Field(() => AgendaChangeKind)
  @Column({ type: 'varchar' })
  change: AgendaChangeKind;

  @Field(() => [String], { description: 'Names of the changed fields, e.g. title, startsAt' })
  @Column({ type: 'text', array: true, default: () => `'{}'` })
  fields: string[];

  @Column({ type: 'uuid', nullable: true })
  changedBy: string | null;
}
