import { canTransition, MeetingStatus } from '@elinvoima/domain';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { announcedToMembers, isAnnounced } from '../access/announced.js';
import type { GroupAccess } from '../access/group-access.js';
import { canManage } from '../access/roles.js';
import { AgendaChangeEntity, AgendaChangeKind } from '../agendas/agenda-change.entity.js';
import { AgendaItemEntity } from '../agendas/agenda-item.entity.js';
import { StandingItemEntity } from '../agendas/standing-item.entity.js';
import type { Viewer } from '../auth/viewer.js';
import { DomainError } from '../common/domain-error.js';
import { definedOnly } from '../common/defined-only.js';
import { updateVersioned } from '../common/versioned-update.js';
import { ThemeEntity } from '../themes/theme.entity.js';
import { assertGroupThemes, MEETING_THEMES, setThemes } from '../themes/theme-links.js';
import { AgendaSource, type CancelMeetingInput, type CreateMeetingInput, type PublishAgendaInput, type UpdateMeetingInput } from './dto/meeting.inputs.js';
import type { MeetingsArgs } from './dto/meetings.args.js';
import { MeetingEntity } from './meeting.entity.js';
import { assertValidPeriod } from './meeting-rules.js';
import { MeetingEventsService } from './meeting-events.service.js';

/** Changes to these reach attendees' calendars (iCalendar SEQUENCE is raised). */
const CALENDAR_FIELDS = ['title', 'startsAt', 'endsAt', 'location', 'onlineUrl'] as const;

@Injectable()
export class MeetingsService {
  constructor(
    private readonly db: DataSource,
    private readonly events: MeetingEventsService,
  ) {}

  /** A group's meetings in a period, oldest first; those not announced only for those who manage the group. */
  list(args: MeetingsArgs, access: GroupAccess, viewer: Viewer): Promise<MeetingEntity[]> {
    const query = this.withThemes()
      .where('m.groupId = :groupId', { groupId: access.groupId })
      .orderBy('m.startsAt')
      .addOrderBy('m.id')
      .addOrderBy('theme.nameFi');
    if (args.from) query.andWhere('m.startsAt >= :from', { from: args.from });
    if (args.to) query.andWhere('m.startsAt < :to', { to: args.to });
    if (!canManage(access, viewer)) query.andWhere(announcedToMembers('m'));
    return query.getMany();
  }

  /** A meeting the viewer may see; one not announced is NOT_FOUND for members, as if it did not exist. */
  async findVisible(id: string, access: GroupAccess, viewer: Viewer): Promise<MeetingEntity> {
    const meeting = await this.withThemes().where('m.id = :id', { id }).orderBy('theme.nameFi').getOne();
    if (!meeting || (!isAnnounced(meeting) && !canManage(access, viewer))) throw DomainError.notFound();
    return meeting;
  }

  /** Meetings with their themes in the same query. */
  private withThemes() {
    return this.db
      .getRepository(MeetingEntity)
      .createQueryBuilder('m')
      // Through the link table, so the join is by key: a condition `theme.id IN (subquery)` is tried against every theme in the database.
      .leftJoin('meeting_theme', 'meeting_theme', 'meeting_theme.meeting_id = m.id')
      .leftJoinAndMapMany('m.themes', ThemeEntity, 'theme', 'theme.id = meeting_theme.theme_id');
  }

  create(input: CreateMeetingInput): Promise<MeetingEntity> {
    return this.db.transaction((tx) => this.createIn(tx, input));
  }

  /** Creates a meeting with its themes and draft agenda inside the caller's transaction. */
  async createIn(tx: EntityManager, input: CreateMeetingInput): Promise<MeetingEntity> {
    assertValidPeriod(input.startsAt, input.endsAt);
    await assertGroupThemes(tx, input.groupId, input.themeIds);
    const meetings = tx.getRepository(MeetingEntity);
    const meeting = await meetings.save(
      meetings.create({
        groupId: input.groupId,
        title: input.title,
        kind: input.kind,
        startsAt: input.startsAt,
        endsAt: input.endsAt,
        location: input.location ?? '',
        onlineUrl: input.onlineUrl || null,
      }),
    );
    await setThemes(tx, MEETING_THEMES, meeting.id, input.themeIds ?? []);
    await this.fillAgenda(tx, meeting, input);
    return meeting;
  }

  async update(input: UpdateMeetingInput, viewer: Viewer): Promise<MeetingEntity> {
    const result = await this.db.transaction(async (tx) => {
      const meeting = await this.lockForChange(tx, input.id, input.version);
      const { id, version, themeIds, ...given } = input;
      const fields = definedOnly(given);
      const next = { ...meeting, ...fields, onlineUrl: fields.onlineUrl === undefined ? meeting.onlineUrl : fields.onlineUrl || null };
      assertValidPeriod(next.startsAt, next.endsAt);
      await assertGroupThemes(tx, meeting.groupId, themeIds);
      const changed = (Object.keys(fields) as (keyof typeof fields)[]).filter((key) => String(next[key]) !== String(meeting[key]));
      const touchesCalendar = changed.some((key) => (CALENDAR_FIELDS as readonly string[]).includes(key));
      await updateVersioned(tx.getRepository(MeetingEntity), id, version, {
        ...fields,
        onlineUrl: next.onlineUrl,
        ...(touchesCalendar ? { sequence: () => 'sequence + 1' } : {}),
      });
      if (themeIds) await setThemes(tx, MEETING_THEMES, id, themeIds);
      const updated = await tx.getRepository(MeetingEntity).findOneByOrFail({ id });
      if (meeting.status === MeetingStatus.AGENDA_PUBLISHED && changed.length > 0) {
        await tx.getRepository(AgendaChangeEntity).insert({
          meetingId: id,
          itemTitle: next.title,
          change: AgendaChangeKind.MEETING_UPDATED,
          fields: changed,
          changedBy: viewer.user.id,
        });
        if (touchesCalendar) await this.events.rescheduled(tx, updated);
      }
      return updated;
    });
    this.events.committed();
    return result;
  }

  async cancel(input: CancelMeetingInput): Promise<MeetingEntity> {
    const meeting = await this.db.transaction(async (tx) => {
      const current = await this.lockForChange(tx, input.id, input.version);
      if (!canTransition(current.status, MeetingStatus.CANCELLED)) throw DomainError.badInput('id', 'meeting.cannotChangeCancelled');
      await updateVersioned(tx.getRepository(MeetingEntity), input.id, input.version, {
        status: MeetingStatus.CANCELLED,
        cancelReason: input.reason,
        sequence: () => 'sequence + 1',
      });
      const cancelled = await tx.getRepository(MeetingEntity).findOneByOrFail({ id: input.id });
      await this.events.cancelled(tx, cancelled, current.status === MeetingStatus.AGENDA_PUBLISHED);
      return cancelled;
    });
    this.events.committed();
    return meeting;
  }

  async publish(input: PublishAgendaInput): Promise<MeetingEntity> {
    const meeting = await this.db.transaction(async (tx) => {
      const current = await this.lockForChange(tx, input.meetingId, input.version);
      if (current.status !== MeetingStatus.DRAFT) throw DomainError.badInput('meetingId', 'meeting.alreadyPublished');
      if (!(await tx.getRepository(AgendaItemEntity).existsBy({ meetingId: current.id }))) {
        throw DomainError.badInput('meetingId', 'meeting.emptyAgenda');
      }
      await updateVersioned(tx.getRepository(MeetingEntity), current.id, input.version, {
        status: MeetingStatus.AGENDA_PUBLISHED,
        agendaPublishedAt: new Date(),
        sequence: () => 'sequence + 1',
      });
      const published = await tx.getRepository(MeetingEntity).findOneByOrFail({ id: current.id });
      await this.events.agendaPublished(tx, published);
      return published;
    });
    this.events.committed();
    return meeting;
  }

  /** Locks the meeting row for the rest of the transaction and checks it can still change. */
  private async lockForChange(tx: EntityManager, id: string, version: number): Promise<MeetingEntity> {
    const meeting = await tx.getRepository(MeetingEntity).createQueryBuilder('m').setLock('pessimistic_write').where('m.id = :id', { id }).getOne();
    if (!meeting) throw DomainError.notFound();
    if (meeting.version !== version) throw DomainError.conflict(meeting.version);
    if (meeting.status === MeetingStatus.CANCELLED) throw DomainError.badInput('id', 'meeting.cannotChangeCancelled');
    return meeting;
  }

  /** A new meeting's draft agenda: the standing items, a copy of an earlier agenda, or nothing. */
  private async fillAgenda(tx: EntityManager, meeting: MeetingEntity, input: CreateMeetingInput): Promise<void> {
    const source = input.agendaSource ?? AgendaSource.TEMPLATE;
    const items = tx.getRepository(AgendaItemEntity);
    if (source === AgendaSource.TEMPLATE) {
      const standing = await tx.getRepository(StandingItemEntity).find({ where: { groupId: meeting.groupId }, order: { position: 'ASC' } });
      await items.insert(
        standing.map((s, i) => ({ meetingId: meeting.id, position: i + 1, title: s.title, kind: s.kind, plannedMinutes: s.plannedMinutes })),
      );
    } else if (source === AgendaSource.COPY) {
      const from = input.copyFromMeetingId
        ? await tx.getRepository(MeetingEntity).findOneBy({ id: input.copyFromMeetingId, groupId: meeting.groupId })
        : null;
      if (!from) throw DomainError.badInput('copyFromMeetingId', 'meeting.copySourceNotFound');
      await tx.query(
        `WITH copied AS (
           INSERT INTO agenda_item (meeting_id, position, title, description, kind, proposal, presenter_user_id,
                                    presenter_name, presenter_organization, planned_minutes, project_id)
           SELECT $1, position, title, description, kind, proposal, presenter_user_id,
                  presenter_name, presenter_organization, planned_minutes, project_id
             FROM agenda_item WHERE meeting_id = $2
           RETURNING id, position)
         INSERT INTO agenda_item_theme (agenda_item_id, theme_id)
         SELECT copied.id, ait.theme_id
           FROM copied
           JOIN agenda_item source ON source.meeting_id = $2 AND source.position = copied.position
           JOIN agenda_item_theme ait ON ait.agenda_item_id = source.id`,
        [meeting.id, from.id],
      );
    }
  }
}
