import { GroupRole } from '@elinvoima/domain';
import { GroupsWithMembersDocument } from '@elinvoima/graphql';
import { TestApp } from './support/test-app.js';
import { World } from './support/world.js';

describe('SQL queries per request', () => {
  let t: TestApp;
  let world: World;
  let admin: { token: string };

  beforeAll(async () => {
    t = await TestApp.start();
    world = new World(t);
    admin = await world.person(null, GroupRole.MEMBER, { isOrgAdmin: true });
  });
  afterAll(() => t.close());

  async function addGroups(count: number, membersEach: number): Promise<void> {
    for (let g = 0; g < count; g++) {
      const group = await world.group();
      for (let m = 0; m < membersEach; m++) {
        await world.membership(group, await world.user(), m === 0 ? GroupRole.CHAIR : GroupRole.MEMBER);
      }
    }
  }

  it('lists groups with their members, organizations and roles in the same few queries, however many groups', async () => {
    await addGroups(2, 3);
    const small = await t.gql(GroupsWithMembersDocument, {}, { token: admin.token });
    expect(small.data?.myGroups).toHaveLength(2);

    await addGroups(8, 6);
    const large = await t.gql(GroupsWithMembersDocument, {}, { token: admin.token });
    expect(large.data?.myGroups).toHaveLength(10);
    expect(large.data?.myGroups.flatMap((g) => g.members)).toHaveLength(2 * 3 + 8 * 6);

    // session, groups, organizations, memberships, users, the viewer's own roles
    expect(large.sqlQueries).toBe(small.sqlQueries);
    expect(large.sqlQueries).toBeLessThanOrEqual(6);
  });
});
