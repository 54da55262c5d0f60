import { type GeneratedGroup, groupCount, type ScalePart } from '../context.js';
import { insertRows } from '../sql.js';
import { SAVOGROW } from './organizations.js';
import { ascii, FIRST_NAMES, GROUP_KINDS, LAST_NAMES, MUNICIPALITIES, STANDING_ITEMS, THEMES } from '../vocabulary.js';

/** People living in a municipality; its three groups draw their 20–40 members from them, so memberships overlap. */
const PEOPLE_PER_MUNICIPALITY = 70;
/** The groups were founded ten years and a season before the newest meetings. */
const FOUNDED = '2015-08-01';

/** People, the working groups with their themes and standing items, and the memberships. */
export const peoplePart: ScalePart = {
  name: 'people',
  async run(ctx) {
    const { random, sql } = ctx;
    const users: unknown[][] = [];
    const groups: unknown[][] = [];
    const memberships: unknown[][] = [];
    const themes: unknown[][] = [];
    const standing: unknown[][] = [];
    const total = groupCount(ctx.options.scale);
    const savogrow = SAVOGROW;
    users.push([
      random.uuid(),
      'Sanna Kauvosaari',
      'koordinaattori@savogrow.example',
      ctx.options.passwordHash,
      'fi',
      true,
    ]);

    for (const [municipality, organizationId] of ctx.organizationIds) {
      if (municipality === savogrow) continue;
      const index = ctx.groups.length / 3;
      const genitive = MUNICIPALITIES[index % MUNICIPALITIES.length][1];
      const domain = `${ascii(municipality)}.example`;
      const pool = Array.from({ length: PEOPLE_PER_MUNICIPALITY }, (_, n) => {
        const first = random.pick(FIRST_NAMES);
        const last = random.pick(LAST_NAMES);
        const id = random.uuid();
        users.push([
          id,
          `${first} ${last}`,
          `${ascii(first)}.${ascii(last)}.${n + 1}@${domain}`,
          ctx.options.passwordHash,
          random.chance(0.05) ? 'en' : 'fi',
          false,
        ]);
        return id;
      });
      for (const kind of GROUP_KINDS) {
        if (ctx.groups.length >= total) break;
        const members = random.sample(pool, random.int(20, 40));
        const group: GeneratedGroup = {
          id: random.uuid(),
          organizationId,
          municipality,
          genitive,
          memberIds: members,
          themeIds: new Map(THEMES.map((t) => [t.nameFi, random.uuid()])),
          weekday: random.int(1, 4),
          week: random.int(1, 3),
          hour: random.pick([13, 14, 17]),
        };
        ctx.groups.push(group);
        groups.push([group.id, organizationId, `${genitive} ${kind.name}`, kind.description]);
        members.forEach((userId, i) => {
          memberships.push([
            random.uuid(),
            userId,
            group.id,
            i === 0 ? 'CHAIR' : i === 1 ? 'SECRETARY' : 'MEMBER',
            FOUNDED,
            null,
          ]);
        });
        // Former members: their memberships ended, the record stays.
        for (const userId of random.sample(
          pool.filter((id) => !members.includes(id)),
          random.int(2, 5),
        )) {
          memberships.push([random.uuid(), userId, group.id, 'MEMBER', FOUNDED, `${random.int(2016, 2023)}-12-31`]);
        }
        for (const theme of THEMES)
          themes.push([group.themeIds.get(theme.nameFi), group.id, theme.nameFi, theme.nameEn, theme.colour]);
        STANDING_ITEMS.forEach((item, i) =>
          standing.push([random.uuid(), group.id, i + 1, item.title, item.kind, item.plannedMinutes]),
        );
      }
    }

    await insertRows(
      sql,
      'app_user',
      [
        { name: 'id', type: 'uuid' },
        { name: 'name', type: 'text' },
        { name: 'email', type: 'text' },
        { name: 'password_hash', type: 'text' },
        { name: 'locale', type: 'text' },
        { name: 'is_org_admin', type: 'boolean' },
      ],
      users,
    );
    await insertRows(
      sql,
      'working_group',
      [
        { name: 'id', type: 'uuid' },
        { name: 'organization_id', type: 'uuid' },
        { name: 'name', type: 'text' },
        { name: 'description', type: 'text' },
      ],
      groups,
    );
    await insertRows(
      sql,
      'membership',
      [
        { name: 'id', type: 'uuid' },
        { name: 'user_id', type: 'uuid' },
        { name: 'group_id', type: 'uuid' },
        { name: 'role', type: 'group_role' },
        { name: 'since', type: 'date' },
        { name: 'until', type: 'date' },
      ],
      memberships,
    );
    await insertRows(
      sql,
      'theme',
      [
        { name: 'id', type: 'uuid' },
        { name: 'group_id', type: 'uuid' },
        { name: 'name_fi', type: 'text' },
        { name: 'name_en', type: 'text' },
        { name: 'colour', type: 'text' },
      ],
      themes,
    );
    await insertRows(
      sql,
      'standing_item',
      [
        { name: 'id', type: 'uuid' },
        { name: 'group_id', type: 'uuid' },
        { name: 'position', type: 'int' },
        { name: 'title', type: 'text' },
        { name: 'kind', type: 'agenda_item_kind' },
        { name: 'planned_minutes', type: 'int' },
      ],
      standing,
    );
    Object.assign(ctx.counts, {
      app_user: users.length,
      working_group: groups.length,
      membership: memberships.length,
      theme: themes.length,
    });
  },
};
