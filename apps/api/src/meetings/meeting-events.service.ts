import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { MeetingEntity } from './meeting.entity.js';

/**
 * What happens around a meeting's life beyond its own rows: invitations on publishing,
 * notices on cancelling. Runs inside the publishing transaction where it writes.
 */
@Injectable()
export class MeetingEventsService {
  async agendaPublished(_tx: EntityManager, _meeting: MeetingEntity): Promise<void> {}

  async cancelled(_meeting: MeetingEntity): Promise<void> {}
}
