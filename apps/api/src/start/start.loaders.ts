import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { defineLoaders } from '../common/loaders.js';
import { agendaNewsOf, type AgendaNews, SEEN_TABLE, seenBy } from './agenda-news.js';

/** A meeting asked about for one viewer. */
export interface ViewerMeeting {
  userId: string;
  meetingId: string;
}

/** The news of `meetingIds` for one person, by meeting id. */
async function newsFor(db: DataSource, userId: string, meetingIds: string[]): Promise<Map<string, AgendaNews | null>> {
  const rows = (await db.query(
    `SELECT m.id, ${agendaNewsOf('m')} AS news
       FROM meeting m LEFT JOIN ${SEEN_TABLE} seen ON ${seenBy('m', '$1')}
      WHERE m.id = ANY($2::uuid[])`,
    [userId, meetingIds],
  )) as { id: string; news: AgendaNews | null }[];
  return new Map(rows.map((row) => [row.id, row.news]));
}

export const startLoaders = defineLoaders((db) => ({
  /** What each meeting's agenda holds that the viewer has not read: one query per viewer (a request has one). */
  agendaNews: new DataLoader<ViewerMeeting, AgendaNews | null, string>(
    async (keys) => {
      const users = [...new Set(keys.map((key) => key.userId))];
      const found = new Map<string, Map<string, AgendaNews | null>>();
      for (const userId of users) {
        const ids = keys.filter((key) => key.userId === userId).map((key) => key.meetingId);
        found.set(userId, await newsFor(db, userId, ids));
      }
      return keys.map((key) => found.get(key.userId)?.get(key.meetingId) ?? null);
    },
    { cacheKeyFn: (key) => `${key.userId}/${key.meetingId}` },
  ),
}));
