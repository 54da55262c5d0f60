import { type ComponentType, lazy } from 'react';

/** A page whose code loads when it is first opened. */
function lazyPage<M>(load: () => Promise<M>, name: keyof M) {
  return lazy(async () => ({ default: (await load())[name] as ComponentType }));
}

// The pages people open less often than the start page and a meeting's page: the first visit
// downloads and runs less script, so those two draw sooner.
export const AccessibilityStatementPage = lazyPage(
  () => import('./features/accessibility/accessibility-statement-page'),
  'AccessibilityStatementPage',
);
export const AttendancePage = lazyPage(() => import('./features/attendance/attendance-page'), 'AttendancePage');
export const AccountMailPage = lazyPage(() => import('./features/accounts/account-mail-page'), 'AccountMailPage');
export const ForgotPasswordPage = lazyPage(
  () => import('./features/accounts/forgot-password-page'),
  'ForgotPasswordPage',
);
export const SetPasswordPage = lazyPage(() => import('./features/accounts/set-password-page'), 'SetPasswordPage');
export const MembersPage = lazyPage(() => import('./features/groups/members-page'), 'MembersPage');
export const OutboxPage = lazyPage(() => import('./features/mail/outbox-page'), 'OutboxPage');
export const EditMeetingPage = lazyPage(() => import('./features/meetings/edit-meeting-page'), 'EditMeetingPage');
export const MeetingsPage = lazyPage(() => import('./features/meetings/meetings-page'), 'MeetingsPage');
export const NewMeetingPage = lazyPage(() => import('./features/meetings/new-meeting-page'), 'NewMeetingPage');
export const PrintAgendaPage = lazyPage(() => import('./features/meetings/print-agenda-page'), 'PrintAgendaPage');
export const ProfilePage = lazyPage(() => import('./features/profile/profile-page'), 'ProfilePage');
export const SearchPage = lazyPage(() => import('./features/search/search-page'), 'SearchPage');
export const SeasonPlannerPage = lazyPage(() => import('./features/seasons/season-planner-page'), 'SeasonPlannerPage');
