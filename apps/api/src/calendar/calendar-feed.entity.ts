import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, Entity } from 'typeorm';
import { TimestampedEntity } from '../common/timestamped.entity.js';

export enum CalendarFeedKind {
  /** One group's meetings. */
  GROUP = 'GROUP',
  /** The meetings of every group the person belongs to. */
  USER = 'USER',
}

registerEnumType(CalendarFeedKind, { name: 'CalendarFeedKind' });

/** A subscription address for calendar apps; only a hash of its secret token is kept. */
@ObjectType('CalendarFeed')
@Entity('calendar_feed')
export class CalendarFeedEntity extends TimestampedEntity {
  @Column({ type: 'char', length: 64, select: false })
  tokenHash: string;

  @Field(() => CalendarFeedKind)
  @Column({ type: 'enum', enum: CalendarFeedKind, enumName: 'calendar_feed_kind' })
  kind: CalendarFeedKind;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  groupId: string | null;

  @Column({ type: 'uuid', nullable: true })
  userId: string | null;

  /** The person whose rights the feed carries: it shows what they may see, while they may. */
  @Column('uuid')
  createdBy: string;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;
}
