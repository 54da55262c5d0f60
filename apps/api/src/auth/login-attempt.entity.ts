import { Column, Entity } from 'typeorm';
import { TimestampedEntity } from '../common/timestamped.entity.js';

/** Failed sign-ins, kept briefly to rate-limit by account and by address across API instances. */
@Entity('login_attempt')
export class LoginAttemptEntity extends TimestampedEntity {
  @Column()
  email: string;

  @Column()
  address: string;
}
