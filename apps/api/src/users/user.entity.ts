import { Locale } from '@elinvoima/domain';
import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, Entity } from 'typeorm';
import { TimestampedEntity } from '../common/timestamped.entity.js';

registerEnumType(Locale, { name: 'Locale' });

@ObjectType('User')
@Entity('app_user')
export class UserEntity extends TimestampedEntity {
  @Field()
  @Column()
  name: string;

  /** Stored lower-case; unique. */
  @Field()
  @Column()
  email: string;

  /** argon2id; null until the person has set a password. Never exposed. */
  @Column({ type: 'text', nullable: true, select: false })
  passwordHash: string | null;

  @Field(() => Locale)
  @Column({ type: 'varchar', length: 2, default: Locale.FI })
  locale: Locale;

  /** May create groups and manage any group. */
  @Field()
  @Column({ default: false })
  isOrgAdmin: boolean;
}
