import type { ObjectLiteral, QueryDeepPartialEntity, Repository } from 'typeorm';
import { DomainError } from './domain-error.js';

/**
 * Optimistic locking: applies `changes` only if the row still has `version`, raising it by one.
 * A stale version raises CONFLICT carrying the current version; a missing row NOT_FOUND.
 */
export async function updateVersioned<T extends ObjectLiteral & { id: string; version: number }>(
  repository: Repository<T>,
  id: string,
  version: number,
  changes: QueryDeepPartialEntity<T>,
): Promise<void> {
  const result = await repository
    .createQueryBuilder()
    .update()
    .set(changes)
    .where('id = :id AND version = :version', { id, version })
    .execute();
  if (result.affected) return;
  const current = await repository.findOne({ where: { id } as never, select: { id: true, version: true } as never });
  if (!current) throw DomainError.notFound();
  throw DomainError.conflict(current.version);
}
