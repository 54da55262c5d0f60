import DataLoader from 'dataloader';
import { type DataSource, type EntityTarget, In, type ObjectLiteral } from 'typeorm';
import { AgendaChangeEntity } from '../agendas/agenda-change.entity.js';
import { AgendaItemEntity } from '../agendas/agenda-item.entity.js';
import { AttachmentEntity } from '../attachments/attachment.entity.js';
import { GroupEntity } from '../groups/group.entity.js';
import { MeetingEntity } from '../meetings/meeting.entity.js';
import { ProjectEntity } from '../projects/project.entity.js';
import { ThemeEntity } from '../themes/theme.entity.js';
import { MembershipEntity } from '../groups/membership.entity.js';
import { OrganizationEntity } from '../organizations/organization.entity.js';
import { UserEntity } from '../users/user.entity.js';
import { activeMembership } from '../access/memberships.js';
import { roleRank } from '../access/roles.js';

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
      .innerJoin(UserEntity, 'u', 'u.id = m.userId')
      .orderBy(roleRank('m'))
      .addOrderBy('u.name')
      .addOrderBy('m.id');
    if (!includeEnded) query.andWhere(activeMembership('m'));
    const rows = await query.getMany();
    return ids.map((id) => rows.filter((row) => row[column] === id));
  });
}

function groupBy<T, K extends keyof T>(ids: readonly string[], rows: T[], key: K): T[][] {
  const byKey = new Map<unknown, T[]>();
  for (const row of rows) byKey.set(row[key], [...(byKey.get(row[key]) ?? []), row]);
  return ids.map((id) => byKey.get(id) ?? []);
}

/** An agenda item with what its page shows, loaded in the same query. */
export type LoadedAgendaItem = AgendaItemEntity & {
  presenter?: UserEntity | null;
  project?: ProjectEntity | null;
  themes?: ThemeEntity[];
  /** Metadata only: the files' bytes are never read with the agenda. */
  attachments?: AttachmentEntity[];
};

/** All items of the meetings, in order, with presenters, projects, themes and attachments: one query for any number of meetings. */
function agendaOf(db: DataSource) {
  return new DataLoader<string, LoadedAgendaItem[]>(async (meetingIds) => {
    const rows = (await db
      .getRepository(AgendaItemEntity)
      .createQueryBuilder('i')
      .leftJoinAndMapOne('i.presenter', UserEntity, 'presenter', 'presenter.id = i.presenterUserId')
      .leftJoinAndMapOne('i.project', ProjectEntity, 'project', 'project.id = i.projectId')
      // Through the link table, so the join is by key: a condition `theme.id IN (subquery)` is tried against every theme in the database.
      .leftJoin('agenda_item_theme', 'item_theme', 'item_theme.agenda_item_id = i.id')
      .leftJoinAndMapMany('i.themes', ThemeEntity, 'theme', 'theme.id = item_theme.theme_id')
      .leftJoinAndMapMany('i.attachments', AttachmentEntity, 'attachment', 'attachment.agendaItemId = i.id')
      .where('i.meetingId IN (:...meetingIds)', { meetingIds: [...meetingIds] })
      .orderBy('i.position')
      .addOrderBy('theme.nameFi')
      .addOrderBy('attachment.createdAt')
      .addOrderBy('attachment.id')
      .getMany()) as LoadedAgendaItem[];
    return groupBy(meetingIds, rows, 'meetingId');
  });
}

function themesOfMeetings(db: DataSource) {
  return new DataLoader<string, ThemeEntity[]>(async (meetingIds) => {
    const rows = (await db
      .getRepository(ThemeEntity)
      .createQueryBuilder('t')
      .innerJoin('meeting_theme', 'mt', 'mt.theme_id = t.id')
      .addSelect('mt.meeting_id', 'meeting_id')
      .where('mt.meeting_id IN (:...meetingIds)', { meetingIds: [...meetingIds] })
      .orderBy('t.nameFi')
      .getRawAndEntities());
    const pairs = rows.raw.map((raw: { meeting_id: string; t_id: string }) => ({
      meetingId: raw.meeting_id,
      theme: rows.entities.find((t) => t.id === raw.t_id)!,
    }));
    return groupBy(meetingIds, pairs, 'meetingId').map((list) => list.map((p) => p.theme));
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
  readonly meeting;
  readonly project;
  readonly agendaOfMeeting;
  readonly themesOfMeeting;
  readonly changesOfMeeting;

  constructor(db: DataSource) {
    this.user = byId(db, UserEntity);
    this.group = byId(db, GroupEntity);
    this.organization = byId(db, OrganizationEntity);
    this.activeMembershipsOfGroup = membershipsBy(db, 'groupId', false);
    this.allMembershipsOfGroup = membershipsBy(db, 'groupId', true);
    this.activeMembershipsOfUser = membershipsBy(db, 'userId', false);
    this.meeting = byId(db, MeetingEntity);
    this.project = byId(db, ProjectEntity);
    this.agendaOfMeeting = agendaOf(db);
    this.themesOfMeeting = themesOfMeetings(db);
    this.changesOfMeeting = new DataLoader<string, AgendaChangeEntity[]>(async (meetingIds) =>
      groupBy(
        meetingIds,
        await db.getRepository(AgendaChangeEntity).find({ where: { meetingId: In([...meetingIds]) }, order: { createdAt: 'ASC' } }),
        'meetingId',
      ),
    );
  }
}
