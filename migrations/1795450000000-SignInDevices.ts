import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sign-in attempts remember the known device they came from (a signed cookie set at an earlier
 * sign-in), so a device's failures are counted apart from everyone else's and an attacker who
 * locks an account out from elsewhere does not lock its owner out of their own device.
 */
export class SignInDevices1795450000000 implements MigrationInterface {
  name = 'SignInDevices1795450000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE login_attempt ADD COLUMN device varchar(64)`);
    await db.query(
      `CREATE INDEX login_attempt_device_idx ON login_attempt (device, created_at) WHERE device IS NOT NULL`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX login_attempt_device_idx`);
    await db.query(`ALTER TABLE login_attempt DROP COLUMN device`);
  }
}
