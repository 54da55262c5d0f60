import { InjectRepository } from '@nestjs/typeorm';
import { Query, Resolver } from '@nestjs/graphql';
import { Repository } from 'typeorm';
import { OrganizationEntity } from './organization.entity.js';
import { ListBound } from '../graphql/list-bounds.js';

@Resolver(() => OrganizationEntity)
export class OrganizationsResolver {
  constructor(@InjectRepository(OrganizationEntity) private readonly repository: Repository<OrganizationEntity>) {}

  @ListBound(50)
  @Query(() => [OrganizationEntity], { description: 'SavoGrow and its municipalities' })
  organizations(): Promise<OrganizationEntity[]> {
    return this.repository.find({ order: { kind: 'ASC', name: 'ASC' } });
  }
}
