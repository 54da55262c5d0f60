import type { ScaleContext, ScaleOptions, ScalePart } from './context.js';
import type { Sql } from './sql.js';
import { Random } from './random.js';
import { organizationsPart } from './parts/organizations.js';
import { peoplePart } from './parts/people.js';
import { meetingsPart } from './parts/meetings.js';

export type { ScaleOptions } from './context.js';
export { groupCount } from './context.js';

/**
 * The dataset, one part after another. Minutes, actions, attendance and the mid-term reviews
 * come as their own parts after `meetings` once the product has them.
 */
export const PARTS: readonly ScalePart[] = [organizationsPart, peoplePart, meetingsPart];

/** Empties every table but the migrations' record, so a database can be generated again. */
export async function emptyDatabase(sql: Sql): Promise<void> {
  const tables = await sql(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'migrations'`);
  if (tables.length === 0) return;
  await sql(`TRUNCATE ${tables.map((t) => `"${String(t.tablename)}"`).join(', ')} CASCADE`);
}

/** Writes the scale dataset into a migrated, empty database and refreshes the planner's statistics. */
export async function generateScaleData(
  sql: Sql,
  options: ScaleOptions,
): Promise<{ counts: Record<string, number>; timings: Record<string, number> }> {
  const context: ScaleContext = {
    sql,
    random: new Random(options.seed ?? 20180919),
    options: { today: new Date(), seed: 20180919, ...options },
    organizationIds: new Map(),
    projectIds: [],
    groups: [],
    counts: {},
    timings: {},
  };
  // Secondary indexes (the full-text GIN ones above all) are built once at the end, much faster than row by row.
  const indexes = await sql(
    `SELECT indexname, indexdef FROM pg_indexes
      WHERE schemaname = 'public' AND indexname NOT IN (SELECT conname FROM pg_constraint) ORDER BY indexname`,
  );
  for (const index of indexes) await sql(`DROP INDEX "${String(index.indexname)}"`);
  for (const part of PARTS) {
    const started = Date.now();
    await part.run(context);
    context.timings[part.name] = Date.now() - started;
  }
  const started = Date.now();
  await sql(`SET maintenance_work_mem = '256MB'`);
  for (const index of indexes) await sql(String(index.indexdef));
  context.timings.indexes = Date.now() - started;
  await sql('ANALYZE');
  return { counts: context.counts, timings: context.timings };
}
