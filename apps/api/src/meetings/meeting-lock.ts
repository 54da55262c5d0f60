import { MeetingStatus } from '@elinvoima/domain';
import type { EntityManager } from 'typeorm';
import { DomainError } from '../common/domain-error.js';
import { MeetingEntity } from './meeting.entity.js';

/**
 * Locks a meeting's row for the rest of the transaction, serializing every change to the meeting
 * and its agenda, and checks that it can still change: NOT_FOUND when it is gone, CONFLICT when the
 * client's `version` (if given) is stale, and a cancelled meeting refused as input `field`.
 */
export async function lockMeeting(
  tx: EntityManager,
  id: string,
  options: { version?: number; field: string },
): Promise<MeetingEntity> {
  const meeting = await tx
    .getRepository(MeetingEntity)
    .createQueryBuilder('m')
    .setLock('pessimistic_write')
    .where('m.id = :id', { id })
    .getOne();
  if (!meeting) throw DomainError.notFound();
  if (options.version !== undefined && meeting.version !== options.version) throw DomainError.conflict(meeting.version);
  if (meeting.status === MeetingStatus.CANCELLED) {
    throw DomainError.badInput(options.field, 'meeting.cannotChangeCancelled');
  }
  return meeting;
}
