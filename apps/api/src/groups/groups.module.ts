import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OrganizationEntity } from '../organizations/organization.entity.js';
import { GroupEntity } from './group.entity.js';
import { GroupEvents } from './group-events.js';
import { GroupsResolver } from './groups.resolver.js';
import { GroupsService } from './groups.service.js';
import { MembershipEntity } from './membership.entity.js';
import { MembershipsResolver } from './memberships.resolver.js';
import { MembershipsService } from './memberships.service.js';
import { UserMembershipsResolver } from './user-memberships.resolver.js';

@Module({
  imports: [TypeOrmModule.forFeature([GroupEntity, MembershipEntity, OrganizationEntity])],
  providers: [
    GroupEvents,
    GroupsService,
    GroupsResolver,
    MembershipsService,
    MembershipsResolver,
    UserMembershipsResolver,
  ],
  exports: [GroupEvents],
})
export class GroupsModule {}
