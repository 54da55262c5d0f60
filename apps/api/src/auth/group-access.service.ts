import { GroupRole } from '@elinvoima/domain';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** How to find the group of each kind of thing an operation can name. Later domains add theirs. */
const GROUP_LOOKUP = {
  group: 'SELECT id AS group_id FROM working_group WHERE id = $1',
  membership: 'SELECT group_id FROM membership WHERE id = $1',
  meeting: 'SELECT group_id FROM meeting WHERE id = $1',
  agendaItem: 'SELECT m.group_id FROM agenda_item i JOIN meeting m ON m.id = i.meeting_id WHERE i.id = $1',
  theme: 'SELECT group_id FROM theme WHERE id = $1',
  attachment: `SELECT m.group_id FROM attachment a JOIN agenda_item i ON i.id = a.agenda_item_id
                 JOIN meeting m ON m.id = i.meeting_id WHERE a.id = $1`,
} as const;

export type GroupTargetKind = keyof typeof GROUP_LOOKUP;

export interface GroupAccess {
  groupId: string;
  /** The viewer's active role in the group, or null when they are not a member. */
  role: GroupRole | null;
}

const ROLE_RANK = `CASE m.role WHEN 'CHAIR' THEN 0 WHEN 'SECRETARY' THEN 1 ELSE 2 END`;

/** The one place that answers "which group is this, and what is the viewer's role in it". */
@Injectable()
export class GroupAccessService {
  constructor(private readonly db: DataSource) {}

  /** One query: the target's group and the viewer's active role there; null if the target does not exist. */
  async resolve(kind: GroupTargetKind, targetId: string, userId: string): Promise<GroupAccess | null> {
    const rows = (await this.db.query(
      `WITH target AS (${GROUP_LOOKUP[kind]})
       SELECT target.group_id, m.role
         FROM target
         LEFT JOIN membership m
           ON m.group_id = target.group_id AND m.user_id = $2
          AND (m.until IS NULL OR m.until >= (now() AT TIME ZONE 'Europe/Helsinki')::date)
        ORDER BY ${ROLE_RANK}
        LIMIT 1`,
      [targetId, userId],
    )) as { group_id: string; role: GroupRole | null }[];
    return rows[0] ? { groupId: rows[0].group_id, role: rows[0].role } : null;
  }
}
