import type { Type } from '@nestjs/common';
import { MODULE_METADATA, PATH_METADATA } from '@nestjs/common/constants.js';
import { AccessibilityModule } from './accessibility/accessibility.module.js';
import { AccountsModule } from './accounts/accounts.module.js';
import { AgendasModule } from './agendas/agendas.module.js';
import { AttachmentsModule } from './attachments/attachments.module.js';
import { AttendanceModule } from './attendance/attendance.module.js';
import { AuthModule } from './auth/auth.module.js';
import { CalendarModule } from './calendar/calendar.module.js';
import { GroupsModule } from './groups/groups.module.js';
import { HealthModule } from './health/health.module.js';
import { MailModule } from './mail/mail.module.js';
import { MeetingPackModule } from './meeting-pack/meeting-pack.module.js';
import { MeetingsModule } from './meetings/meetings.module.js';
import { OrganizationsModule } from './organizations/organizations.module.js';
import { ProjectsModule } from './projects/projects.module.js';
import { SearchModule } from './search/search.module.js';
import { SeasonsModule } from './seasons/seasons.module.js';
import { StartModule } from './start/start.module.js';
import { ThemesModule } from './themes/themes.module.js';
import { UsersModule } from './users/users.module.js';

/**
 * The app's modules, one per folder, in alphabetical order. A new domain adds its module here: the
 * one line outside its own folder that it needs (see the README's "Adding a domain"). Listed rather
 * than found on disk, so a build never picks up a module left behind by a deleted folder.
 */
export const FEATURE_MODULES: readonly Type[] = [
  AccessibilityModule,
  AccountsModule,
  AgendasModule,
  AttachmentsModule,
  AttendanceModule,
  AuthModule,
  CalendarModule,
  GroupsModule,
  HealthModule,
  MailModule,
  MeetingPackModule,
  MeetingsModule,
  OrganizationsModule,
  ProjectsModule,
  SearchModule,
  SeasonsModule,
  StartModule,
  ThemesModule,
  UsersModule,
];

/** The first path segment of every route of the modules' controllers, e.g. `/meetings`. */
export function routePrefixes(modules: readonly Type[]): string[] {
  const prefixes = new Set<string>();
  const controllers = modules.flatMap((module): Type[] => {
    return Reflect.getMetadata(MODULE_METADATA.CONTROLLERS, module) ?? [];
  });
  for (const controller of controllers) {
    const base = String(Reflect.getMetadata(PATH_METADATA, controller) ?? '');
    for (const name of Object.getOwnPropertyNames(controller.prototype)) {
      const handler: unknown = name === 'constructor' ? undefined : controller.prototype[name];
      const path: unknown = typeof handler === 'function' ? Reflect.getMetadata(PATH_METADATA, handler) : undefined;
      const first = typeof path === 'string' ? `${base}/${path}`.split('/').find(Boolean) : undefined;
      if (first) prefixes.add(`/${first}`);
    }
  }
  return [...prefixes].sort();
}
