import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * When each person last opened each meeting's page: the start page marks an agenda new until its
 * reader has opened it, and changed when it changed after that. Kept in the database, so every
 * instance of the API and every device of the person agree.
 */
export class AgendaSeen1795480000000 implements MigrationInterface {
  name = 'AgendaSeen1795480000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE agenda_seen (
        user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        meeting_id uuid NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
        seen_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, meeting_id)
      )`);
    // Removing a meeting finds its rows by this index rather than by reading the whole table.
    await db.query(`CREATE INDEX agenda_seen_meeting_idx ON agenda_seen (meeting_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE agenda_seen`);
  }
}
