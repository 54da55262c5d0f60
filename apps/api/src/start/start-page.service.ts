import { MeetingStatus } from '@elinvoima/domain';
import { Injectable } from '@nestjs/common';
import { DataSource, type SelectQueryBuilder } from 'typeorm';
import { announcedToMembers } from '../access/announced.js';
import type { GroupAccess } from '../access/group-access.js';
import { activeMembership } from '../access/memberships.js';
import { canManage, managesGroup } from '../access/roles.js';
import type { Viewer } from '../auth/viewer.js';
import { MeetingEntity } from '../meetings/meeting.entity.js';
import { MeetingsService } from '../meetings/meetings.service.js';
import { agendaNewsOf, SEEN_TABLE, seenBy } from './agenda-news.js';
import { NEW_AGENDAS_MAX, NEXT_MEETINGS_MAX, type StartPage } from './start-page.model.js';

/** The meetings a start page draws from: one group's, or those of every group the viewer is a member of. */
type Scope = { group: GroupAccess } | { allGroups: true };

@Injectable()
export class StartPageService {
  constructor(
    private readonly db: DataSource,
    private readonly meetings: MeetingsService,
  ) {}

  async startPage(viewer: Viewer, scope: Scope): Promise<StartPage> {
    const nextMeetings = await this.visible(viewer, scope)
      .orderBy('m.startsAt')
      .addOrderBy('m.id')
      .limit(NEXT_MEETINGS_MAX)
      .getMany();
    const newAgendas = await this.visible(viewer, scope)
      .leftJoin(SEEN_TABLE, 'seen', seenBy('m', ':userId'))
      .andWhere('m.status = :published', { published: MeetingStatus.AGENDA_PUBLISHED })
      .andWhere(`(${agendaNewsOf('m')}) IS NOT NULL`)
      .orderBy('m.startsAt')
      .addOrderBy('m.id')
      .limit(NEW_AGENDAS_MAX)
      .getMany();
    return { nextMeetings, newAgendas };
  }

  /** The viewer opened the meeting's page: its agenda is read as it stands now. */
  async markSeen(meetingId: string, access: GroupAccess, viewer: Viewer): Promise<MeetingEntity> {
    const meeting = await this.meetings.findVisible(meetingId, access, viewer);
    await this.db.query(
      `INSERT INTO ${SEEN_TABLE} (user_id, meeting_id, seen_at) VALUES ($1, $2, now())
       ON CONFLICT (user_id, meeting_id) DO UPDATE SET seen_at = now()`,
      [viewer.user.id, meeting.id],
    );
    return meeting;
  }

  /** Meetings of the scope not yet over that the viewer may see. */
  private visible(viewer: Viewer, scope: Scope): SelectQueryBuilder<MeetingEntity> {
    const query = this.db
      .getRepository(MeetingEntity)
      .createQueryBuilder('m')
      .where('m.endsAt > now()')
      .setParameter('userId', viewer.user.id);
    if ('group' in scope) {
      query.andWhere('m.groupId = :groupId', { groupId: scope.group.groupId });
      if (!canManage(scope.group, viewer)) query.andWhere(announcedToMembers('m'));
      return query;
    }
    const mine = `SELECT ms.group_id FROM membership ms WHERE ms.user_id = :userId AND ${activeMembership('ms')}`;
    query.andWhere(`m.group_id IN (${mine})`);
    if (!viewer.user.isOrgAdmin)
      query.andWhere(`(${announcedToMembers('m')} OR m.group_id IN (${mine} AND ${managesGroup('ms')}))`);
    return query;
  }
}
