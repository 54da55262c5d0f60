import { canTransition, MeetingStatus } from '@elinvoima/domain';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { announcedToMembers, isAnnounced } from '../access/announced.js';
import type { GroupAccess } from '../access/group-access.js';
import { canManage } from '../access/roles.js';
import type { Viewer } from '../auth/viewer.js';
import { DomainError } from '../common/domain-error.js';
import { definedOnly } from '../common/defined-only.js';
import { updateVersioned } from '../common/versioned-update.js';
import { ThemeEntity } from '../themes/theme.entity.js';
import { assertGroupThemes, MEETING_THEMES, setThemes } from '../themes/theme-links.js';
import type {
  CancelMeetingInput,
  CreateMeetingInput,
  PublishAgendaInput,
  UpdateMeetingInput,
} from './dto/meeting.inputs.js';
import type { MeetingsArgs } from './dto/meetings.args.js';
import { MeetingEntity } from './meeting.entity.js';
import { assertValidPeriod } from './meeting-rules.js';
import { MeetingEvents } from './meeting-events.js';
import { lockMeeting } from './meeting-lock.js';

/** Changes to these reach attendees' calendars (iCalendar SEQUENCE is raised). */
const CALENDAR_FIELDS = ['title', 'startsAt', 'endsAt', 'location', 'onlineUrl'] as const;

@Injectable()
export class MeetingsService {
  constructor(
    private readonly db: DataSource,
    private readonly events: MeetingEvents,
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
    return (
      this.db
        .getRepository(MeetingEntity)
        .createQueryBuilder('m')
        // Through the link table, so the join is by key: a condition `theme.id IN (subquery)` is tried against every theme in the database.
        .leftJoin('meeting_theme', 'meeting_theme', 'meeting_theme.meeting_id = m.id')
        .leftJoinAndMapMany('m.themes', ThemeEntity, 'theme', 'theme.id = meeting_theme.theme_id')
    );
  }

  create(input: CreateMeetingInput): Promise<MeetingEntity> {
    return this.db.transaction((tx) => this.createIn(tx, input));
  }

  /** Creates a meeting with its themes inside the caller's transaction; its listeners add the draft agenda. */
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
    await this.events.created(tx, meeting, input);
    return meeting;
  }

  async update(input: UpdateMeetingInput, viewer: Viewer): Promise<MeetingEntity> {
    const result = await this.db.transaction(async (tx) => {
      const meeting = await lockMeeting(tx, input.id, { version: input.version, field: 'id' });
      const { id, version, themeIds, ...given } = input;
      const fields = definedOnly(given);
      const next = {
        ...meeting,
        ...fields,
        onlineUrl: fields.onlineUrl === undefined ? meeting.onlineUrl : fields.onlineUrl || null,
      };
      assertValidPeriod(next.startsAt, next.endsAt);
      await assertGroupThemes(tx, meeting.groupId, themeIds);
      const changed = (Object.keys(fields) as (keyof typeof fields)[]).filter(
        (key) => String(next[key]) !== String(meeting[key]),
      );
      const touchesCalendar = changed.some((key) => (CALENDAR_FIELDS as readonly string[]).includes(key));
      await updateVersioned(tx.getRepository(MeetingEntity), id, version, {
        ...fields,
        onlineUrl: next.onlineUrl,
        ...(touchesCalendar ? { sequence: () => 'sequence + 1' } : {}),
      });
      if (themeIds) await setThemes(tx, MEETING_THEMES, id, themeIds);
      const updated = await tx.getRepository(MeetingEntity).findOneByOrFail({ id });
      if (meeting.status === MeetingStatus.AGENDA_PUBLISHED && changed.length > 0) {
        await this.events.changed(tx, updated, { fields: changed, touchesCalendar, by: viewer });
      }
      return updated;
    });
    this.events.committed();
    return result;
  }

  async cancel(input: CancelMeetingInput): Promise<MeetingEntity> {
    const meeting = await this.db.transaction(async (tx) => {
      const current = await lockMeeting(tx, input.id, { version: input.version, field: 'id' });
      if (!canTransition(current.status, MeetingStatus.CANCELLED))
        throw DomainError.badInput('id', 'meeting.cannotChangeCancelled');
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
      const current = await lockMeeting(tx, input.meetingId, { version: input.version, field: 'id' });
      if (current.status !== MeetingStatus.DRAFT) throw DomainError.badInput('meetingId', 'meeting.alreadyPublished');
      await this.events.publishing(tx, current);
      await updateVersioned(tx.getRepository(MeetingEntity), current.id, input.version, {
        status: MeetingStatus.AGENDA_PUBLISHED,
        agendaPublishedAt: new Date(),
        sequence: () => 'sequence + 1',
      });
      const published = await tx.getRepository(MeetingEntity).findOneByOrFail({ id: current.id });
      await this.events.published(tx, published);
      return published;
    });
    this.events.committed();
    return meeting;
  }
}
