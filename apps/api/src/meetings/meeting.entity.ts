import { MeetingKind, MeetingStatus } from '@elinvoima/domain';
import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, Entity, VersionColumn } from 'typeorm';
import { TimestampedEntity } from '../common/timestamped.entity.js';

registerEnumType(MeetingKind, {
  name: 'MeetingKind',
  valuesMap: {
    REGULAR: { description: 'ajankohtaisia asioita' },
    THEME: { description: 'teemakokous' },
    REVIEW: { description: 'väliarviointi' },
    OTHER: { description: 'muu kokous' },
  },
});
registerEnumType(MeetingStatus, { name: 'MeetingStatus' });

@ObjectType('Meeting')
@Entity('meeting')
export class MeetingEntity extends TimestampedEntity {
  @Field(() => ID)
  @Column('uuid')
  groupId: string;

  @Field()
  @Column()
  title: string;

  @Field(() => MeetingKind)
  @Column({ type: 'enum', enum: MeetingKind, enumName: 'meeting_kind' })
  kind: MeetingKind;

  @Field()
  @Column({ type: 'timestamptz' })
  startsAt: Date;

  @Field()
  @Column({ type: 'timestamptz' })
  endsAt: Date;

  @Field({ description: 'The place, e.g. Vesannon kunnantalo, valtuustosali' })
  @Column({ default: '' })
  location: string;

  @Field(() => String, { nullable: true, description: 'Link to the online meeting' })
  @Column({ type: 'varchar', nullable: true })
  onlineUrl: string | null;

  @Field(() => MeetingStatus)
  @Column({ type: 'enum', enum: MeetingStatus, enumName: 'meeting_status', default: MeetingStatus.DRAFT })
  status: MeetingStatus;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', nullable: true })
  cancelReason: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  agendaPublishedAt: Date | null;

  /** iCalendar SEQUENCE: raised whenever attendees' calendars must update. */
  @Column({ default: 0 })
  sequence: number;

  /** Raised when items are added, removed or reordered, so a stale reorder is detected. */
  @Field(() => Int)
  @Column({ default: 1 })
  agendaVersion: number;

  @Field(() => Int)
  @VersionColumn()
  version: number;
}
