import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { activeMembership } from '../access/memberships.js';
import { DomainError } from '../common/domain-error.js';
import { definedOnly } from '../common/defined-only.js';
import { updateVersioned } from '../common/versioned-update.js';
import { OrganizationEntity } from '../organizations/organization.entity.js';
import type { CreateGroupInput } from './dto/create-group.input.js';
import type { UpdateGroupInput } from './dto/update-group.input.js';
import { GroupEntity } from './group.entity.js';
import { GroupEvents } from './group-events.js';

@Injectable()
export class GroupsService {
  constructor(
    @InjectRepository(GroupEntity) private readonly groups: Repository<GroupEntity>,
    @InjectRepository(OrganizationEntity) private readonly organizations: Repository<OrganizationEntity>,
    private readonly events: GroupEvents,
  ) {}

  /** The groups a person can open: where they are an active member, or all for an organization admin. */
  visibleTo(user: { id: string; isOrgAdmin: boolean }): Promise<GroupEntity[]> {
    const query = this.groups.createQueryBuilder('g').orderBy('g.name').addOrderBy('g.id');
    if (!user.isOrgAdmin) {
      query.where(
        `EXISTS (SELECT 1 FROM membership m WHERE m.group_id = g.id AND m.user_id = :userId
                  AND ${activeMembership('m')})`,
        { userId: user.id },
      );
    }
    return query.getMany();
  }

  async findOne(id: string): Promise<GroupEntity> {
    const group = await this.groups.findOneBy({ id });
    if (!group) throw DomainError.notFound();
    return group;
  }

  async create(input: CreateGroupInput): Promise<GroupEntity> {
    if (!(await this.organizations.existsBy({ id: input.organizationId }))) {
      throw DomainError.badInput('organizationId', 'error.notFound');
    }
    return this.groups.manager.transaction(async (tx) => {
      const group = await tx.getRepository(GroupEntity).save(tx.getRepository(GroupEntity).create({ ...input }));
      await this.events.created(tx, group.id);
      return group;
    });
  }

  async update(input: UpdateGroupInput): Promise<GroupEntity> {
    const { id, version, ...changes } = input;
    await updateVersioned(this.groups, id, version, definedOnly(changes));
    return this.findOne(id);
  }
}
