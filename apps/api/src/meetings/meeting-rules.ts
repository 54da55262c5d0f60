import { AGENDA_LIMITS } from '@elinvoima/domain';
import { DomainError } from '../common/domain-error.js';

export function assertValidPeriod(startsAt: Date, endsAt: Date): void {
  if (endsAt.getTime() <= startsAt.getTime()) throw DomainError.badInput('endsAt', 'meeting.endBeforeStart');
  if (endsAt.getTime() - startsAt.getTime() > AGENDA_LIMITS.meetingHoursMax * 3_600_000) {
    throw DomainError.badInput('endsAt', 'meeting.tooLong', { hours: AGENDA_LIMITS.meetingHoursMax });
  }
}
