import { Foundation1795419866451 } from './1795419866451-Foundation.js';
import { MeetingsAndAgendas1795420443880 } from './1795420443880-MeetingsAndAgendas.js';
import { Attachments1795430000000 } from './1795430000000-Attachments.js';
import { OutboxAndCalendarFeeds1795440000000 } from './1795440000000-OutboxAndCalendarFeeds.js';
import { SignInDevices1795450000000 } from './1795450000000-SignInDevices.js';
import { PasswordTokens1795460000000 } from './1795460000000-PasswordTokens.js';
import { OutboxLease1795470000000 } from './1795470000000-OutboxLease.js';
import { AgendaSeen1795480000000 } from './1795480000000-AgendaSeen.js';
import { MeetingPacks1795500000000 } from './1795500000000-MeetingPacks.js';
import { Attendance1795510000000 } from './1795510000000-Attendance.js';

/** Every migration, oldest first. A new migration is added here. */
export const migrations = [
  Foundation1795419866451,
  MeetingsAndAgendas1795420443880,
  Attachments1795430000000,
  OutboxAndCalendarFeeds1795440000000,
  SignInDevices1795450000000,
  PasswordTokens1795460000000,
  OutboxLease1795470000000,
  AgendaSeen1795480000000,
  MeetingPacks1795500000000,
  Attendance1795510000000,
];
