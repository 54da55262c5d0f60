import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One-time links for setting a password (a new member's sign-in invitation, a reset), kept
 * only as hashes; the outbox carries their messages and the notice of a changed password,
 * which belong to no group but the invitation; and a small throttle for the password
 * operations that are not signing in.
 */
export class PasswordTokens1795460000000 implements MigrationInterface {
  name = 'PasswordTokens1795460000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TYPE password_token_purpose AS ENUM ('INVITATION', 'RESET')`);
    await db.query(`
      CREATE TABLE password_token (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        purpose password_token_purpose NOT NULL,
        token_hash char(64) NOT NULL UNIQUE CHECK (token_hash ~ '^[0-9a-f]{64}$'),
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        revoked_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(
      `CREATE INDEX password_token_user_idx ON password_token (user_id) WHERE used_at IS NULL AND revoked_at IS NULL`,
    );
    await db.query(`CREATE INDEX password_token_expires_idx ON password_token (expires_at)`);

    // A value added here cannot be used in the same transaction; nothing below uses it.
    await db.query(`ALTER TYPE outbox_kind ADD VALUE 'SIGN_IN_INVITATION'`);
    await db.query(`ALTER TYPE outbox_kind ADD VALUE 'PASSWORD_RESET'`);
    await db.query(`ALTER TYPE outbox_kind ADD VALUE 'PASSWORD_CHANGED'`);
    await db.query(`ALTER TABLE outbox_message ALTER COLUMN group_id DROP NOT NULL`);
    await db.query(
      `CREATE INDEX outbox_message_account_idx ON outbox_message (created_at DESC) WHERE group_id IS NULL`,
    );

    await db.query(`
      CREATE TABLE account_throttle (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        action varchar(40) NOT NULL,
        subject varchar(320) NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX account_throttle_subject_idx ON account_throttle (action, subject, created_at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE account_throttle`);
    await db.query(
      `DELETE FROM outbox_message WHERE kind IN ('SIGN_IN_INVITATION', 'PASSWORD_RESET', 'PASSWORD_CHANGED') OR group_id IS NULL`,
    );
    await db.query(`DROP INDEX outbox_message_account_idx`);
    await db.query(`ALTER TABLE outbox_message ALTER COLUMN group_id SET NOT NULL`);
    await db.query(`ALTER TYPE outbox_kind RENAME TO outbox_kind_old`);
    await db.query(`CREATE TYPE outbox_kind AS ENUM ('INVITATION', 'UPDATE', 'CANCELLATION')`);
    await db.query(`ALTER TABLE outbox_message ALTER COLUMN kind TYPE outbox_kind USING kind::text::outbox_kind`);
    await db.query(`DROP TYPE outbox_kind_old`);
    await db.query(`DROP TABLE password_token`);
    await db.query(`DROP TYPE password_token_purpose`);
  }
}
