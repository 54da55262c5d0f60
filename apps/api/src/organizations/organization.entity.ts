import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, Entity } from 'typeorm';
import { TimestampedEntity } from '../common/timestamped.entity.js';

export enum OrganizationKind {
  DEVELOPMENT_COMPANY = 'DEVELOPMENT_COMPANY',
  MUNICIPALITY = 'MUNICIPALITY',
}
registerEnumType(OrganizationKind, { name: 'OrganizationKind' });

/** SavoGrow or one of its municipalities. */
@ObjectType('Organization')
@Entity('organization')
export class OrganizationEntity extends TimestampedEntity {
  @Field()
  @Column()
  name: string;

  @Field(() => OrganizationKind)
  @Column({ type: 'enum', enum: OrganizationKind, enumName: 'organization_kind' })
  kind: OrganizationKind;
}
