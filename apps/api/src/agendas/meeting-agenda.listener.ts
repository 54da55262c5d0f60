import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DomainError } from '../common/domain-error.js';
import { AgendaSource, type CreateMeetingInput } from '../meetings/dto/meeting.inputs.js';
import { MeetingEntity } from '../meetings/meeting.entity.js';
import { type MeetingChange, MeetingEvents, type MeetingListener } from '../meetings/meeting-events.js';
import { AgendaItemEntity } from './agenda-item.entity.js';
import { AgendaService } from './agenda.service.js';
import { StandingItemEntity } from './standing-item.entity.js';

/** A meeting's agenda follows the meeting: it starts with it, must hold items to be published, records changes. */
@Injectable()
export class MeetingAgenda implements MeetingListener, OnModuleInit {
  constructor(
    private readonly meetings: MeetingEvents,
    private readonly agenda: AgendaService,
  ) {}

  onModuleInit(): void {
    this.meetings.listen(this);
  }

  /** A new meeting's draft agenda: the standing items, a copy of an earlier agenda, or nothing. */
  async created(tx: EntityManager, meeting: MeetingEntity, input: CreateMeetingInput): Promise<void> {
    const source = input.agendaSource ?? AgendaSource.TEMPLATE;
    const items = tx.getRepository(AgendaItemEntity);
    if (source === AgendaSource.TEMPLATE) {
      const standing = await tx
        .getRepository(StandingItemEntity)
        .find({ where: { groupId: meeting.groupId }, order: { position: 'ASC' } });
      await items.insert(
        standing.map((s, i) => ({
          meetingId: meeting.id,
          position: i + 1,
          title: s.title,
          kind: s.kind,
          plannedMinutes: s.plannedMinutes,
        })),
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

  /** An empty agenda is not published. */
  async publishing(tx: EntityManager, meeting: MeetingEntity): Promise<void> {
    if (!(await tx.getRepository(AgendaItemEntity).existsBy({ meetingId: meeting.id }))) {
      throw DomainError.badInput('meetingId', 'meeting.emptyAgenda');
    }
  }

  /** Members see among the agenda's changes that the meeting itself changed. */
  async changed(tx: EntityManager, meeting: MeetingEntity, change: MeetingChange): Promise<void> {
    await this.agenda.meetingChanged(tx, meeting, change.by, change.fields);
  }
}
