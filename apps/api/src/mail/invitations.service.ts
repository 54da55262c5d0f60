import { Locale } from '@elinvoima/domain';
import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { activeMembership } from '../access/memberships.js';
import { renderCalendar } from '../calendar/ical.js';
import { meetingEvent, meetingLink } from '../calendar/meeting-event.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/env.js';
import type { MeetingEntity } from '../meetings/meeting.entity.js';
import { type AgendaLine, composeInvitation, type MeetingMailKind } from './invitation-message.js';
import { OutboxDispatcher } from './outbox-dispatcher.service.js';
import { OutboxKind, OutboxMessageEntity, OutboxStatus } from './outbox-message.entity.js';

interface Recipient {
  id: string;
  name: string;
  email: string;
  locale: Locale;
}

/** Writes a meeting's invitations (or change and cancellation notices) for every member into the outbox. */
@Injectable()
export class InvitationsService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dispatcher: OutboxDispatcher,
  ) {}

  /** Queues one message per current member inside the caller's transaction; returns how many. */
  async queue(tx: EntityManager, meeting: MeetingEntity, kind: MeetingMailKind): Promise<number> {
    // One connection serves the transaction: its queries run one after another.
    const [group] = (await tx.query(`SELECT name FROM working_group WHERE id = $1`, [meeting.groupId])) as {
      name: string;
    }[];
    const recipients = await this.recipients(tx, meeting.groupId);
    const agenda = kind === OutboxKind.CANCELLATION ? [] : await this.agendaLines(tx, meeting.id);
    if (!recipients.length) return 0;
    const organizer = this.organizer();
    const method = kind === OutboxKind.CANCELLATION ? 'CANCEL' : 'REQUEST';
    const link = meetingLink(this.config.publicUrl, meeting.id);
    const status = this.dispatcher.sends ? OutboxStatus.PENDING : OutboxStatus.HELD;
    const rows = recipients.map((recipient) => {
      const message = composeInvitation({
        kind,
        meeting,
        groupName: group.name,
        agenda,
        link,
        recipientName: recipient.name,
        locale: recipient.locale,
      });
      const attendee = { name: recipient.name, email: recipient.email };
      const ics = renderCalendar({
        method,
        events: [
          meetingEvent(meeting, group.name, this.config.publicUrl, {
            organizer,
            attendees: [attendee],
            agenda,
            locale: recipient.locale,
          }),
        ],
      });
      return {
        groupId: meeting.groupId,
        meetingId: meeting.id,
        kind,
        recipientUserId: recipient.id,
        recipientEmail: recipient.email,
        recipientName: recipient.name,
        locale: recipient.locale,
        subject: message.subject,
        textBody: message.text,
        htmlBody: message.html,
        ics,
        icsMethod: method,
        status,
      };
    });
    await tx.getRepository(OutboxMessageEntity).insert(rows);
    return rows.length;
  }

  /** Sends what was queued, once the caller's transaction has committed. */
  deliver(): void {
    this.dispatcher.kick();
  }

  private organizer() {
    const match = /^\s*(?:"?([^"<]*)"?\s*)?<([^>]+)>\s*$/.exec(this.config.mailFrom);
    return match ? { name: match[1]?.trim() ?? '', email: match[2] } : { name: '', email: this.config.mailFrom.trim() };
  }

  /** Everyone whose membership is in force today, once each. */
  private async recipients(tx: EntityManager, groupId: string): Promise<Recipient[]> {
    const rows = (await tx.query(
      `SELECT DISTINCT u.id, u.name, u.email, u.locale
         FROM membership m JOIN app_user u ON u.id = m.user_id
        WHERE m.group_id = $1
          AND ${activeMembership('m')}
        ORDER BY u.name, u.id`,
      [groupId],
    )) as { id: string; name: string; email: string; locale: string }[];
    return rows.map((r) => ({ ...r, locale: r.locale === Locale.EN ? Locale.EN : Locale.FI }));
  }

  private async agendaLines(tx: EntityManager, meetingId: string): Promise<AgendaLine[]> {
    const rows = (await tx.query(
      `SELECT i.position, i.title, coalesce(u.name, i.presenter_name) AS presenter, i.presenter_organization AS organization
         FROM agenda_item i LEFT JOIN app_user u ON u.id = i.presenter_user_id
        WHERE i.meeting_id = $1
        ORDER BY i.position`,
      [meetingId],
    )) as { position: number; title: string; presenter: string | null; organization: string | null }[];
    return rows.map((r) => ({
      position: r.position,
      title: r.title,
      presenter: [r.presenter, r.organization].filter(Boolean).join(', '),
    }));
  }
}
