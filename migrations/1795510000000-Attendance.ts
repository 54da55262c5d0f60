import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Who took part in a meeting: each member present, absent or excused (with the items they arrived
 * and left at), outside guests, members disqualified from an item (esteellisyys), and a group's own
 * quorum. One `attendance` row per meeting carries the version every change is made on.
 */
export class Attendance1795510000000 implements MigrationInterface {
  name = 'Attendance1795510000000';

  async up(db: QueryRunner): Promise<void> {
    // Null: more than half of the members (the default rule).
    await db.query(`ALTER TABLE working_group ADD COLUMN quorum_minimum integer CHECK (quorum_minimum > 0)`);
    await db.query(`CREATE TYPE attendance_status AS ENUM ('PRESENT', 'ABSENT', 'EXCUSED')`);
    await db.query(`CREATE TYPE guest_role AS ENUM ('PRESENTER', 'EXPERT', 'OTHER')`);
    await db.query(`
      CREATE TABLE attendance (
        meeting_id uuid PRIMARY KEY REFERENCES meeting (id) ON DELETE CASCADE,
        version integer NOT NULL DEFAULT 1,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`
      CREATE TABLE attendance_entry (
        meeting_id uuid NOT NULL REFERENCES attendance (meeting_id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        status attendance_status NOT NULL,
        arrival_item_id uuid REFERENCES agenda_item (id) ON DELETE SET NULL,
        leaving_item_id uuid REFERENCES agenda_item (id) ON DELETE SET NULL,
        PRIMARY KEY (meeting_id, user_id)
      )`);
    await db.query(`
      CREATE TABLE meeting_guest (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        meeting_id uuid NOT NULL REFERENCES attendance (meeting_id) ON DELETE CASCADE,
        name varchar NOT NULL,
        organization varchar NOT NULL DEFAULT '',
        role guest_role NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX meeting_guest_meeting_idx ON meeting_guest (meeting_id)`);
    await db.query(`
      CREATE TABLE disqualification (
        meeting_id uuid NOT NULL REFERENCES attendance (meeting_id) ON DELETE CASCADE,
        agenda_item_id uuid NOT NULL REFERENCES agenda_item (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        reason varchar NOT NULL DEFAULT '',
        PRIMARY KEY (agenda_item_id, user_id)
      )`);
    await db.query(`CREATE INDEX disqualification_meeting_idx ON disqualification (meeting_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE disqualification, meeting_guest, attendance_entry, attendance`);
    await db.query(`DROP TYPE guest_role, attendance_status`);
    await db.query(`ALTER TABLE working_group DROP COLUMN quorum_minimum`);
  }
}
