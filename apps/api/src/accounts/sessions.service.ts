import { Injectable } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { DataSource } from 'typeorm';
import type { Viewer } from '../auth/viewer.js';
import { DomainError } from '../common/domain-error.js';
import type { SessionInfo } from './dto/session-info.model.js';

/** The most sessions the own page lists: the newest ones, with the current one first. */
export const SESSIONS_LISTED_MAX = 100;

/** The viewer's own sessions: where they are signed in, and ending them. */
@Injectable()
export class SessionsService {
  constructor(private readonly db: DataSource) {}

  async list(viewer: Viewer): Promise<SessionInfo[]> {
    const rows = (await this.db.query(
      `SELECT id, created_at, last_seen_at, expires_at FROM session
        WHERE user_id = $1 AND expires_at > now()
        ORDER BY id = $2 DESC, last_seen_at DESC, created_at DESC
        LIMIT $3`,
      [viewer.user.id, viewer.sessionId, SESSIONS_LISTED_MAX],
    )) as { id: string; created_at: Date; last_seen_at: Date; expires_at: Date }[];
    return rows.map((r) => ({
      id: r.id,
      createdAt: r.created_at,
      lastSeenAt: r.last_seen_at,
      expiresAt: r.expires_at,
      current: r.id === viewer.sessionId,
    }));
  }

  /** Ends one of the viewer's sessions; someone else's is, to them, not found. */
  async end(viewer: Viewer, sessionId: string): Promise<void> {
    if (!isUUID(sessionId)) throw DomainError.badInput('id', 'validation.isUuid');
    const [, ended] = (await this.db.query(`DELETE FROM session WHERE id = $1 AND user_id = $2`, [
      sessionId,
      viewer.user.id,
    ])) as [unknown, number];
    if (!ended) throw DomainError.notFound();
  }

  /** Ends every session of the viewer but the one asking; returns how many. */
  async endOthers(viewer: Viewer): Promise<number> {
    const [, ended] = (await this.db.query(`DELETE FROM session WHERE user_id = $1 AND id <> $2`, [
      viewer.user.id,
      viewer.sessionId,
    ])) as [unknown, number];
    return ended;
  }
}
