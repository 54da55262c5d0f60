import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { activeMembership } from '../access/memberships.js';
import { roleRank } from '../access/roles.js';
import { byId, defineLoaders } from '../common/loaders.js';
import { UserEntity } from '../users/user.entity.js';
import { GroupEntity } from './group.entity.js';
import { MembershipEntity } from './membership.entity.js';

/** Memberships by group or by person, chairs first, then by name; those in force only unless `includeEnded`. */
function membershipsBy(db: DataSource, column: 'groupId' | 'userId', includeEnded: boolean) {
  return new DataLoader<string, MembershipEntity[]>(async (ids) => {
    const query = db
      .getRepository(MembershipEntity)
      .createQueryBuilder('m')
      .where(`m.${column} IN (:...ids)`, { ids: [...ids] })
      .innerJoin(UserEntity, 'u', 'u.id = m.userId')
      .orderBy(roleRank('m'))
      .addOrderBy('u.name')
      .addOrderBy('m.id');
    if (!includeEnded) query.andWhere(activeMembership('m'));
    const rows = await query.getMany();
    return ids.map((id) => rows.filter((row) => row[column] === id));
  });
}

export const groupLoaders = defineLoaders((db) => ({
  group: byId(db, GroupEntity),
  activeMembershipsOfGroup: membershipsBy(db, 'groupId', false),
  allMembershipsOfGroup: membershipsBy(db, 'groupId', true),
  activeMembershipsOfUser: membershipsBy(db, 'userId', false),
}));
