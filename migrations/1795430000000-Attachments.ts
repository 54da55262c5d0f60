import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Files attached to agenda items. The bytes live in their own table, so that listing
 * attachments never reads them, and every API instance sharing the database serves them.
 */
export class Attachments1795430000000 implements MigrationInterface {
  name = 'Attachments1795430000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE attachment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agenda_item_id uuid NOT NULL REFERENCES agenda_item (id) ON DELETE CASCADE,
        file_name varchar(255) NOT NULL CHECK (length(file_name) > 0),
        media_type varchar(100) NOT NULL,
        size_bytes integer NOT NULL CHECK (size_bytes > 0),
        sha256 char(64) NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        uploaded_by uuid REFERENCES app_user (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX attachment_agenda_item_idx ON attachment (agenda_item_id, created_at)`);
    await db.query(`
      CREATE TABLE attachment_content (
        attachment_id uuid PRIMARY KEY REFERENCES attachment (id) ON DELETE CASCADE,
        content bytea NOT NULL
      )`);
    // PDFs, images and office files are compressed already: store them out of line without retrying.
    await db.query(`ALTER TABLE attachment_content ALTER COLUMN content SET STORAGE EXTERNAL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE attachment_content`);
    await db.query(`DROP TABLE attachment`);
  }
}
