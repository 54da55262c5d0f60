import { groupCount, type ScalePart } from '../context.js';
import { insertRows } from '../sql.js';
import { MUNICIPALITIES, PROJECTS } from '../vocabulary.js';

export const SAVOGROW = 'Kehitysyhtiö SavoGrow Oy';

/** SavoGrow, as many municipalities as the scale's groups need (its six first), and the regional projects. */
export const organizationsPart: ScalePart = {
  name: 'organizations',
  async run(ctx) {
    const municipalities = Math.ceil(groupCount(ctx.options.scale) / 3);
    const names = Array.from({ length: municipalities }, (_, i) => {
      const [name] = MUNICIPALITIES[i % MUNICIPALITIES.length];
      return i < MUNICIPALITIES.length ? name : `${name} ${Math.floor(i / MUNICIPALITIES.length) + 1}`;
    });
    const rows = [
      [ctx.random.uuid(), SAVOGROW, 'DEVELOPMENT_COMPANY'],
      ...names.map((name) => [ctx.random.uuid(), name, 'MUNICIPALITY']),
    ];
    for (const [id, name] of rows) ctx.organizationIds.set(name as string, id as string);
    await insertRows(
      ctx.sql,
      'organization',
      [
        { name: 'id', type: 'uuid' },
        { name: 'name', type: 'text' },
        { name: 'kind', type: 'organization_kind' },
      ],
      rows,
    );

    const projects = PROJECTS.map((p) => [
      ctx.random.uuid(),
      p.name,
      ctx.organizationIds.get(SAVOGROW),
      p.managerName,
      p.description,
    ]);
    ctx.projectIds = projects.map((p) => p[0] as string);
    await insertRows(
      ctx.sql,
      'project',
      [
        { name: 'id', type: 'uuid' },
        { name: 'name', type: 'text' },
        { name: 'owner_organization_id', type: 'uuid' },
        { name: 'manager_name', type: 'text' },
        { name: 'description', type: 'text' },
      ],
      projects,
    );
    ctx.counts.organization = rows.length;
    ctx.counts.project = projects.length;
  },
};
