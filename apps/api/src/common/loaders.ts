import DataLoader from 'dataloader';
import { type DataSource, type EntityTarget, In, type ObjectLiteral } from 'typeorm';

/** A domain's batching loaders, made from the database once per request. */
export type LoaderSet<T> = (db: DataSource) => T;

/**
 * Declares a domain's loaders in its own folder, e.g.
 * `export const meetingLoaders = defineLoaders((db) => ({ meeting: byId(db, MeetingEntity) }))`;
 * resolvers reach them with `ctx.loaders.of(meetingLoaders).meeting.load(id)`.
 */
export function defineLoaders<T>(make: (db: DataSource) => T): LoaderSet<T> {
  return make;
}

/**
 * Batching loaders for one request: a list of N things costs one query per relation, not N. Each
 * domain's set is made the first time the request asks for it and shared from then on.
 */
export class Loaders {
  private readonly sets = new Map<LoaderSet<unknown>, unknown>();

  constructor(private readonly db: DataSource) {}

  of<T>(set: LoaderSet<T>): T {
    if (!this.sets.has(set)) this.sets.set(set, set(this.db));
    return this.sets.get(set) as T;
  }
}

/** Rows of `entity` by id, null for an id that is not there. */
export function byId<T extends ObjectLiteral & { id: string }>(
  db: DataSource,
  entity: EntityTarget<T>,
): DataLoader<string, T | null> {
  return new DataLoader<string, T | null>(async (ids) => {
    const rows = await db.getRepository(entity).findBy({ id: In([...ids]) } as never);
    const found = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => found.get(id) ?? null);
  });
}

/** For each id, the rows whose `key` is that id, in the rows' order. */
export function groupBy<T, K extends keyof T>(ids: readonly string[], rows: T[], key: K): T[][] {
  const byKey = new Map<unknown, T[]>();
  for (const row of rows) byKey.set(row[key], [...(byKey.get(row[key]) ?? []), row]);
  return ids.map((id) => byKey.get(id) ?? []);
}
