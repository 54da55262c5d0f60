import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A message is claimed for a while before it is sent, and the claim is committed at once: no
 * transaction holds the outbox while a mail server answers, and a sender that dies leaves only
 * the message it was sending, to be taken up again when the claim runs out.
 */
export class OutboxLease1795470000000 implements MigrationInterface {
  name = 'OutboxLease1795470000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE outbox_message ADD COLUMN claimed_until timestamptz`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE outbox_message DROP COLUMN claimed_until`);
  }
}
