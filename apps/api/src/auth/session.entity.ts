import { Column, Entity } from 'typeorm';
import { TimestampedEntity } from '../common/timestamped.entity.js';

/** A signed-in browser or client. Only a keyed hash of the token is stored. */
@Entity('session')
export class SessionEntity extends TimestampedEntity {
  @Column()
  tokenHash: string;

  @Column('uuid')
  userId: string;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'timestamptz' })
  lastSeenAt: Date;
}
