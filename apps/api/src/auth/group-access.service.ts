import type { GroupRole } from '@elinvoima/domain';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { GroupAccess } from '../access/group-access.js';
import { groupAccessSql, type GroupTarget } from './group-target.js';

/** The one place that answers "which group is this, and what is the viewer's role in it". */
@Injectable()
export class GroupAccessService {
  constructor(private readonly db: DataSource) {}

  /** One query: the target's group and the viewer's role in force there; null if the target does not exist. */
  async resolve(target: GroupTarget, targetId: string, userId: string): Promise<GroupAccess | null> {
    const rows = (await this.db.query(groupAccessSql(target.lookup), [targetId, userId])) as {
      group_id: string;
      role: GroupRole | null;
    }[];
    return rows[0] ? { groupId: rows[0].group_id, role: rows[0].role } : null;
  }
}
