import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The meeting pack (the agenda and its PDF attachments as one document) is made once per
 * version of the agenda and language, and kept beside the attachments in the database so that
 * every API instance serves the same copy. A new version of the agenda replaces the row.
 */
export class MeetingPacks1795500000000 implements MigrationInterface {
  name = 'MeetingPacks1795500000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE meeting_pack (
        meeting_id uuid NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
        locale varchar(5) NOT NULL,
        agenda_version char(64) NOT NULL CHECK (agenda_version ~ '^[0-9a-f]{64}$'),
        page_count integer NOT NULL CHECK (page_count > 0),
        content bytea NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (meeting_id, locale)
      )`);
    // A PDF's streams are compressed already: store it out of line without trying again.
    await db.query(`ALTER TABLE meeting_pack ALTER COLUMN content SET STORAGE EXTERNAL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE meeting_pack`);
  }
}
