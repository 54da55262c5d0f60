import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Invitation mail waits in an outbox written in the same transaction as the publishing, so
 * nothing is lost when SMTP is down or not configured; calendar feeds are reached by a secret
 * token of which only a hash is kept.
 */
export class OutboxAndCalendarFeeds1795440000000 implements MigrationInterface {
  name = 'OutboxAndCalendarFeeds1795440000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TYPE outbox_status AS ENUM ('PENDING', 'SENT', 'FAILED', 'HELD')`);
    await db.query(`CREATE TYPE outbox_kind AS ENUM ('INVITATION', 'UPDATE', 'CANCELLATION')`);
    await db.query(`
      CREATE TABLE outbox_message (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        group_id uuid NOT NULL REFERENCES working_group (id) ON DELETE CASCADE,
        meeting_id uuid REFERENCES meeting (id) ON DELETE SET NULL,
        kind outbox_kind NOT NULL,
        recipient_user_id uuid REFERENCES app_user (id) ON DELETE SET NULL,
        recipient_email varchar(320) NOT NULL,
        recipient_name varchar(200) NOT NULL DEFAULT '',
        locale varchar(2) NOT NULL DEFAULT 'fi',
        subject varchar(500) NOT NULL,
        text_body text NOT NULL,
        html_body text,
        ics text,
        ics_method varchar(20),
        status outbox_status NOT NULL DEFAULT 'PENDING',
        attempts integer NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL DEFAULT now(),
        last_error text,
        sent_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX outbox_message_group_idx ON outbox_message (group_id, created_at DESC)`);
    await db.query(`CREATE INDEX outbox_message_due_idx ON outbox_message (next_attempt_at) WHERE status = 'PENDING'`);

    await db.query(`CREATE TYPE calendar_feed_kind AS ENUM ('GROUP', 'USER')`);
    await db.query(`
      CREATE TABLE calendar_feed (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        token_hash char(64) NOT NULL UNIQUE,
        kind calendar_feed_kind NOT NULL,
        group_id uuid REFERENCES working_group (id) ON DELETE CASCADE,
        user_id uuid REFERENCES app_user (id) ON DELETE CASCADE,
        created_by uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        revoked_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((kind = 'GROUP' AND group_id IS NOT NULL AND user_id IS NULL) OR (kind = 'USER' AND user_id IS NOT NULL AND group_id IS NULL))
      )`);
    await db.query(`CREATE INDEX calendar_feed_created_by_idx ON calendar_feed (created_by, created_at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE calendar_feed`);
    await db.query(`DROP TYPE calendar_feed_kind`);
    await db.query(`DROP TABLE outbox_message`);
    await db.query(`DROP TYPE outbox_kind`);
    await db.query(`DROP TYPE outbox_status`);
  }
}
