import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { activeMembership } from '../access/memberships.js';
import { DomainError } from '../common/domain-error.js';
import { updateVersioned } from '../common/versioned-update.js';
import { GroupEntity } from '../groups/group.entity.js';
import type { SetGroupQuorumInput } from './dto/attendance.inputs.js';

/** A group's own quorum rule: how many members present make its meetings quorate. */
@Injectable()
export class GroupQuorumService {
  constructor(private readonly db: DataSource) {}

  set(input: SetGroupQuorumInput): Promise<GroupEntity> {
    return this.db.transaction(async (tx) => {
      const minimum = input.quorumMinimum ?? null;
      if (minimum !== null) {
        // A minimum above the members in force could never be reached.
        const [{ members }] = await tx.query(
          `SELECT count(DISTINCT m.user_id)::int AS members FROM membership m
            WHERE m.group_id = $1 AND ${activeMembership('m')}`,
          [input.groupId],
        );
        if (minimum > members)
          throw DomainError.badInput('quorumMinimum', 'attendance.quorumTooHigh', { max: members });
      }
      await updateVersioned(tx.getRepository(GroupEntity), input.groupId, input.version, { quorumMinimum: minimum });
      return tx.getRepository(GroupEntity).findOneByOrFail({ id: input.groupId });
    });
  }
}
