import { Locale, MeetingStatus } from '@elinvoima/domain';
import { Inject, Injectable } from '@nestjs/common';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource, IsNull } from 'typeorm';
import { announcedToMembers } from '../access/announced.js';
import { activeMembership } from '../access/memberships.js';
import type { Viewer } from '../auth/viewer.js';
import { DomainError } from '../common/domain-error.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/env.js';
import { translate } from '../i18n/translate.js';
import { MeetingEntity } from '../meetings/meeting.entity.js';
import { CalendarFeedEntity, CalendarFeedKind } from './calendar-feed.entity.js';
import type { CreatedCalendarFeed } from './calendar-feed.model.js';
import { renderCalendar } from './ical.js';
import { agendaLinesOf } from './calendar-agenda.js';
import { meetingEvent } from './meeting-event.js';

/** 256 random bits, base64url: 43 characters. */
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

function hashOf(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** SQL: the groups where the person (a query parameter, e.g. `$2`) has a membership in force today. */
function activeGroupsOf(userParameter: string): string {
  return `SELECT ms.group_id FROM membership ms WHERE ms.user_id = ${userParameter} AND ${activeMembership('ms')}`;
}

@Injectable()
export class CalendarFeedsService {
  constructor(
    private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The viewer's feeds that still work, newest first. */
  list(viewer: Viewer): Promise<CalendarFeedEntity[]> {
    return this.db
      .getRepository(CalendarFeedEntity)
      .find({ where: { createdBy: viewer.user.id, revokedAt: IsNull() }, order: { createdAt: 'DESC' } });
  }

  async create(viewer: Viewer, groupId: string | null): Promise<CreatedCalendarFeed> {
    const token = randomBytes(32).toString('base64url');
    const feeds = this.db.getRepository(CalendarFeedEntity);
    const feed = await feeds.save(
      feeds.create({
        tokenHash: hashOf(token),
        kind: groupId ? CalendarFeedKind.GROUP : CalendarFeedKind.USER,
        groupId,
        userId: groupId ? null : viewer.user.id,
        createdBy: viewer.user.id,
      }),
    );
    return { feed, url: `${this.config.publicUrl}/calendar/${token}.ics` };
  }

  /** Only the person who made a feed can revoke it; anyone else learns nothing of it. */
  async revoke(viewer: Viewer, id: string): Promise<CalendarFeedEntity> {
    const result = await this.db
      .createQueryBuilder()
      .update(CalendarFeedEntity)
      .set({ revokedAt: () => 'now()' })
      .where('id = :id AND created_by = :userId AND revoked_at IS NULL', { id, userId: viewer.user.id })
      .returning('*')
      .execute();
    const row = (result.raw as Record<string, unknown>[])[0];
    if (!row) throw DomainError.notFound();
    return this.db.getRepository(CalendarFeedEntity).create({
      id: row.id as string,
      kind: row.kind as CalendarFeedKind,
      groupId: row.group_id as string | null,
      createdAt: row.created_at as Date,
      updatedAt: row.updated_at as Date,
    });
  }

  /**
   * The feed as iCalendar text, or null for an unknown or revoked token. It shows the meetings
   * its maker may see today, as a member would: drafts never leave the app.
   */
  async render(token: string): Promise<string | null> {
    if (!TOKEN_PATTERN.test(token)) return null;
    const feed = await this.db
      .getRepository(CalendarFeedEntity)
      .findOneBy({ tokenHash: hashOf(token), revokedAt: IsNull() });
    if (!feed) return null;
    const query = this.db
      .getRepository(MeetingEntity)
      .createQueryBuilder('m')
      .innerJoin('working_group', 'g', 'g.id = m.group_id')
      .addSelect('g.name', 'group_name')
      .where(announcedToMembers('m'))
      .andWhere(`m.group_id IN (${activeGroupsOf(':userId')})`, { userId: feed.createdBy })
      .orderBy('m.startsAt')
      .addOrderBy('m.id');
    if (feed.kind === CalendarFeedKind.GROUP) query.andWhere('m.group_id = :groupId', { groupId: feed.groupId });
    const [{ entities, raw }, owner] = await Promise.all([
      query.getRawAndEntities<{ m_id: string; group_name: string }>(),
      feed.kind === CalendarFeedKind.GROUP
        ? this.db.query(
            `SELECT g.name, (SELECT locale FROM app_user WHERE id = $2) AS locale
               FROM working_group g WHERE g.id = $1 AND g.id IN (${activeGroupsOf('$2')})`,
            [feed.groupId, feed.createdBy],
          )
        : this.db.query(`SELECT locale FROM app_user WHERE id = $1`, [feed.createdBy]),
    ]);
    const ownerRow = (owner as { name?: string; locale?: string }[])[0];
    // A group feed dies with its maker's membership.
    if (!ownerRow) return null;
    const locale = ownerRow.locale === Locale.EN ? Locale.EN : Locale.FI;
    const name = ownerRow.name ?? translate('calendar.personalFeed', {}, locale);
    const groupNames = new Map(raw.map((row) => [row.m_id, row.group_name]));
    // Only published agendas are listed: a cancelled meeting's items are no longer on anyone's way.
    const agendas = await agendaLinesOf(
      this.db,
      entities.filter((meeting) => meeting.status === MeetingStatus.AGENDA_PUBLISHED).map((meeting) => meeting.id),
    );
    return renderCalendar({
      method: 'PUBLISH',
      name,
      events: entities.map((meeting) =>
        meetingEvent(meeting, groupNames.get(meeting.id) ?? '', this.config.publicUrl, {
          agenda: agendas.get(meeting.id),
          locale,
        }),
      ),
    });
  }
}
