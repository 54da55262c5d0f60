import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity } from 'typeorm';
import { TimestampedEntity } from '../common/timestamped.entity.js';

/** A funded regional development project that agenda items can present, e.g. Future Savo. */
@ObjectType('Project')
@Entity('project')
export class ProjectEntity extends TimestampedEntity {
  @Field()
  @Column()
  name: string;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  ownerOrganizationId: string | null;

  @Field()
  @Column({ default: '' })
  managerName: string;

  @Field()
  @Column({ default: '' })
  description: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', nullable: true })
  url: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @Column({ type: 'date', nullable: true })
  startsOn: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @Column({ type: 'date', nullable: true })
  endsOn: string | null;
}
