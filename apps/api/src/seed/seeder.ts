import { helsinkiTime, MeetingStatus } from '@elinvoima/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { AgendaItemEntity } from '../agendas/agenda-item.entity.js';
import { addDefaultStandingItems } from '../agendas/standing-items.js';
import { hashPassword } from '../auth/passwords.js';
import { logger } from '../common/logger.js';
import { GroupEntity } from '../groups/group.entity.js';
import { MembershipEntity } from '../groups/membership.entity.js';
import { MeetingEntity } from '../meetings/meeting.entity.js';
import { OrganizationEntity } from '../organizations/organization.entity.js';
import { ProjectEntity } from '../projects/project.entity.js';
import { ThemeEntity } from '../themes/theme.entity.js';
import { addDefaultThemes } from '../themes/themes.service.js';
import { UserEntity } from '../users/user.entity.js';
import { DEMO_GROUPS, DEMO_PASSWORD, DEMO_PEOPLE, ORGANIZATIONS } from './world.js';
import { DEMO_MEETINGS_2018, DEMO_PROJECTS } from './world-2018.js';

/** Loads the organizations into an empty database and, when asked, the demo world. Safe to run again. */
export async function seed(db: DataSource, options: { demo: boolean }): Promise<void> {
  await db.transaction(async (tx) => {
    const organizations = tx.getRepository(OrganizationEntity);
    if ((await organizations.count()) === 0) {
      await organizations.insert(ORGANIZATIONS);
      logger.info('loaded SavoGrow and its six municipalities');
    }
    if (!options.demo) return;
    const users = tx.getRepository(UserEntity);
    if (await users.existsBy({ email: DEMO_PEOPLE[0].email })) return;

    const passwordHash = await hashPassword(DEMO_PASSWORD);
    const people = await users.save(DEMO_PEOPLE.map((p) => users.create({ ...p, passwordHash })));
    const userByEmail = new Map(people.map((u) => [u.email, u]));
    const orgByName = new Map((await organizations.find()).map((o) => [o.name, o]));
    const projects = await tx
      .getRepository(ProjectEntity)
      .save(DEMO_PROJECTS.map(({ owner, ...p }) => ({ ...p, ownerOrganizationId: orgByName.get(owner)!.id })));
    for (const demo of DEMO_GROUPS) {
      const group = await tx.getRepository(GroupEntity).save({
        organizationId: orgByName.get(demo.organization)!.id,
        name: demo.name,
        description: demo.description,
      });
      await tx.getRepository(MembershipEntity).insert(
        demo.members.map((m) => ({
          groupId: group.id,
          userId: userByEmail.get(m.email)!.id,
          role: m.role,
          since: m.since,
        })),
      );
      await addDefaultThemes(tx, group.id);
      await addDefaultStandingItems(tx, group.id);
      if (demo.organization === 'Vesanto') await seedMeetings(tx, group.id, userByEmail, projects);
    }
    logger.info('loaded the demo groups, people and the meetings of 2018');
  });
}

/** Vesanto's 2018: spring theme meetings, the strategy follow-up, 19.9. and the autumn. */
async function seedMeetings(
  tx: EntityManager,
  groupId: string,
  users: Map<string, UserEntity>,
  projects: ProjectEntity[],
): Promise<void> {
  const themes = new Map((await tx.getRepository(ThemeEntity).findBy({ groupId })).map((t) => [t.nameFi, t.id]));
  for (const demo of DEMO_MEETINGS_2018) {
    const published = demo.status === MeetingStatus.AGENDA_PUBLISHED;
    const meeting = await tx.getRepository(MeetingEntity).save({
      groupId,
      title: demo.title,
      kind: demo.kind,
      startsAt: helsinkiTime(demo.date, '14.00'),
      endsAt: helsinkiTime(demo.date, '16.00'),
      location: 'Vesannon kunnantalo, valtuustosali',
      status: demo.status,
      agendaPublishedAt: published ? helsinkiTime(demo.date, '09.00') : null,
      sequence: published ? 1 : 0,
    });
    for (const name of demo.themes) {
      await tx.query(`INSERT INTO meeting_theme (meeting_id, theme_id) VALUES ($1, $2)`, [
        meeting.id,
        themes.get(name),
      ]);
    }
    for (const [index, item] of demo.items.entries()) {
      const { themes: itemThemes, project, presenterEmail, ...fields } = item;
      const saved = await tx.getRepository(AgendaItemEntity).save({
        ...fields,
        meetingId: meeting.id,
        position: index + 1,
        presenterUserId: presenterEmail ? users.get(presenterEmail)!.id : null,
        projectId: project ? projects.find((p) => p.name === project)!.id : null,
      });
      for (const name of itemThemes ?? []) {
        await tx.query(`INSERT INTO agenda_item_theme (agenda_item_id, theme_id) VALUES ($1, $2)`, [
          saved.id,
          themes.get(name),
        ]);
      }
    }
  }
}
