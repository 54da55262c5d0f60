import { AgendaChangeEntity } from '../agendas/agenda-change.entity.js';
import { AgendaItemEntity } from '../agendas/agenda-item.entity.js';
import { AttachmentEntity } from '../agendas/attachment.entity.js';
import { StandingItemEntity } from '../agendas/standing-item.entity.js';
import { CalendarFeedEntity } from '../calendar/calendar-feed.entity.js';
import { OutboxMessageEntity } from '../mail/outbox-message.entity.js';
import { LoginAttemptEntity } from '../auth/login-attempt.entity.js';
import { SessionEntity } from '../auth/session.entity.js';
import { GroupEntity } from '../groups/group.entity.js';
import { MembershipEntity } from '../groups/membership.entity.js';
import { MeetingEntity } from '../meetings/meeting.entity.js';
import { OrganizationEntity } from '../organizations/organization.entity.js';
import { ProjectEntity } from '../projects/project.entity.js';
import { ThemeEntity } from '../themes/theme.entity.js';
import { UserEntity } from '../users/user.entity.js';

export const ENTITIES = [
  OrganizationEntity,
  UserEntity,
  GroupEntity,
  MembershipEntity,
  SessionEntity,
  LoginAttemptEntity,
  ThemeEntity,
  ProjectEntity,
  MeetingEntity,
  AgendaItemEntity,
  AgendaChangeEntity,
  StandingItemEntity,
  AttachmentEntity,
  OutboxMessageEntity,
  CalendarFeedEntity,
];
