import { GroupRole } from '@elinvoima/domain';
import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, Entity, VersionColumn } from 'typeorm';
import { TimestampedEntity } from '../common/timestamped.entity.js';

registerEnumType(GroupRole, {
  name: 'GroupRole',
  valuesMap: {
    CHAIR: { description: 'puheenjohtaja' },
    SECRETARY: { description: 'sihteeri' },
    MEMBER: { description: 'jäsen' },
  },
});

/** A person's role in a group for a period; ended memberships are kept for the record. */
@ObjectType('Membership')
@Entity('membership')
export class MembershipEntity extends TimestampedEntity {
  @Field(() => ID)
  @Column('uuid')
  userId: string;

  @Field(() => ID)
  @Column('uuid')
  groupId: string;

  @Field(() => GroupRole)
  @Column({ type: 'enum', enum: GroupRole, enumName: 'group_role' })
  role: GroupRole;

  @Field({ description: 'First day, YYYY-MM-DD' })
  @Column({ type: 'date' })
  since: string;

  @Field(() => String, { nullable: true, description: 'Last day, YYYY-MM-DD; null while the membership continues' })
  @Column({ type: 'date', nullable: true })
  until: string | null;

  @Field(() => Int)
  @VersionColumn()
  version: number;
}
