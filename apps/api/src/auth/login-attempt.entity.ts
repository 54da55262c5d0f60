import { Column, Entity } from 'typeorm';
import { TimestampedEntity } from '../common/timestamped.entity.js';

/**
 * Sign-ins being checked and those that failed, kept briefly to rate-limit by account, by address
 * and by known device across API instances. Successful and refused ones are removed.
 */
@Entity('login_attempt')
export class LoginAttemptEntity extends TimestampedEntity {
  @Column()
  email: string;

  @Column()
  address: string;

  /** The known device the attempt came from (see device-cookie.ts); null for any other client. */
  @Column({ type: 'varchar', nullable: true })
  device: string | null;
}
