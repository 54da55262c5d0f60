import type { DataSource } from 'typeorm';
import { hashPassword } from '../auth/passwords.js';
import { logger } from '../common/logger.js';
import { GroupEntity } from '../groups/group.entity.js';
import { MembershipEntity } from '../groups/membership.entity.js';
import { OrganizationEntity } from '../organizations/organization.entity.js';
import { UserEntity } from '../users/user.entity.js';
import { DEMO_GROUPS, DEMO_PASSWORD, DEMO_PEOPLE, ORGANIZATIONS } from './world.js';

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
    for (const demo of DEMO_GROUPS) {
      const group = await tx.getRepository(GroupEntity).save({
        organizationId: orgByName.get(demo.organization)!.id,
        name: demo.name,
        description: demo.description,
      });
      await tx.getRepository(MembershipEntity).insert(
        demo.members.map((m) => ({ groupId: group.id, userId: userByEmail.get(m.email)!.id, role: m.role, since: m.since })),
      );
    }
    logger.info('loaded the demo groups and people');
  });
}
