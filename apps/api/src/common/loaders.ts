import DataLoader from 'dataloader';
import { type DataSource, type EntityTarget, In, type ObjectLiteral } from 'typeorm';
import { GroupEntity } from '../groups/group.entity.js';
import { MembershipEntity } from '../groups/membership.entity.js';
import { OrganizationEntity } from '../organizations/organization.entity.js';
import { UserEntity } from '../users/user.entity.js';

const ACTIVE = `(m.until IS NULL OR m.until >= (now() AT TIME ZONE 'Europe/Helsinki')::date)`;

function byId<T extends ObjectLiteral & { id: string }>(db: DataSource, entity: EntityTarget<T>) {
  return new DataLoader<string, T | null>(async (ids) => {
    const rows = await db.getRepository(entity).findBy({ id: In([...ids]) } as never);
    const found = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => found.get(id) ?? null);
  });
}

function membershipsBy(db: DataSource, column: 'groupId' | 'userId', includeEnded: boolean) {
  return new DataLoader<string, MembershipEntity[]>(async (ids) => {
    const query = db
      .getRepository(MembershipEntity)
      .createQueryBuilder('m')
      .where(`m.${column} IN (:...ids)`, { ids: [...ids] })
      .orderBy(`CASE m.role WHEN 'CHAIR' THEN 0 WHEN 'SECRETARY' THEN 1 ELSE 2 END`)
      .addOrderBy('m.since')
      .addOrderBy('m.id');
    if (!includeEnded) query.andWhere(ACTIVE);
    const rows = await query.getMany();
    return ids.map((id) => rows.filter((row) => row[column] === id));
  });
}

/** Batching loaders for one request: a list of N things costs one query per relation, not N. */
export class Loaders {
  readonly user;
  readonly group;
  readonly organization;
  readonly activeMembershipsOfGroup;
  readonly allMembershipsOfGroup;
  readonly activeMembershipsOfUser;

  constructor(db: DataSource) {
    this.user = byId(db, UserEntity);
    this.group = byId(db, GroupEntity);
    this.organization = byId(db, OrganizationEntity);
    this.activeMembershipsOfGroup = membershipsBy(db, 'groupId', false);
    this.allMembershipsOfGroup = membershipsBy(db, 'groupId', true);
    this.activeMembershipsOfUser = membershipsBy(db, 'userId', false);
  }
}
