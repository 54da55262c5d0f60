import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, Entity } from 'typeorm';
import { TimestampedEntity } from '../common/timestamped.entity.js';

export enum OutboxStatus {
  /** Waiting to be sent (again). */
  PENDING = 'PENDING',
  SENT = 'SENT',
  /** Given up after repeated failures; the secretary sees why. */
  FAILED = 'FAILED',
  /** No mail server is configured: kept here for the secretary to see. */
  HELD = 'HELD',
}

export enum OutboxKind {
  INVITATION = 'INVITATION',
  UPDATE = 'UPDATE',
  CANCELLATION = 'CANCELLATION',
  /** A new member's one-time link for setting a password; in the group's outbox. */
  SIGN_IN_INVITATION = 'SIGN_IN_INVITATION',
  /** A "forgot password" link; belongs to no group and is never shown to a group's managers. */
  PASSWORD_RESET = 'PASSWORD_RESET',
  /** Tells the person their password was changed, in case it was not them; belongs to no group. */
  PASSWORD_CHANGED = 'PASSWORD_CHANGED',
}

registerEnumType(OutboxStatus, { name: 'OutboxStatus' });
registerEnumType(OutboxKind, { name: 'OutboxKind' });

/** A message on its way: written in the same transaction as what caused it, sent after. */
@ObjectType('OutboxMessage')
@Entity('outbox_message')
export class OutboxMessageEntity extends TimestampedEntity {
  /** Null for account mail that belongs to no group (a password reset). */
  @Column({ type: 'uuid', nullable: true })
  groupId: string | null;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  meetingId: string | null;

  @Field(() => OutboxKind)
  @Column({ type: 'enum', enum: OutboxKind, enumName: 'outbox_kind' })
  kind: OutboxKind;

  @Column({ type: 'uuid', nullable: true })
  recipientUserId: string | null;

  @Field()
  @Column()
  recipientEmail: string;

  @Field()
  @Column({ default: '' })
  recipientName: string;

  @Column({ length: 2, default: 'fi' })
  locale: string;

  @Field()
  @Column()
  subject: string;

  @Field({ description: 'The message as plain text' })
  @Column('text')
  textBody: string;

  @Column({ type: 'text', nullable: true })
  htmlBody: string | null;

  @Column({ type: 'text', nullable: true })
  ics: string | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  icsMethod: string | null;

  @Field(() => OutboxStatus)
  @Column({ type: 'enum', enum: OutboxStatus, enumName: 'outbox_status', default: OutboxStatus.PENDING })
  status: OutboxStatus;

  @Field(() => Int)
  @Column({ default: 0 })
  attempts: number;

  @Field({ description: 'When a queued message is tried next' })
  @Column({ type: 'timestamptz', default: () => 'now()' })
  nextAttemptAt: Date;

  /** While in the future, a sender has claimed the message; once past, another may take it up. */
  @Column({ type: 'timestamptz', nullable: true })
  claimedUntil: Date | null;

  @Field(() => String, { nullable: true, description: 'Why the last attempt failed' })
  @Column({ type: 'text', nullable: true })
  lastError: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  sentAt: Date | null;
}
