import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Organizations, groups, people, memberships, sessions and the sign-in rate limit. */
export class Foundation1795419866451 implements MigrationInterface {
  name = 'Foundation1795419866451';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TYPE organization_kind AS ENUM ('DEVELOPMENT_COMPANY', 'MUNICIPALITY')`);
    await db.query(`CREATE TYPE group_role AS ENUM ('CHAIR', 'SECRETARY', 'MEMBER')`);
    await db.query(`
      CREATE TABLE organization (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name varchar NOT NULL,
        kind organization_kind NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`
      CREATE TABLE app_user (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name varchar NOT NULL,
        email varchar NOT NULL,
        password_hash text,
        locale varchar(2) NOT NULL DEFAULT 'fi' CHECK (locale IN ('fi', 'en')),
        is_org_admin boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE UNIQUE INDEX app_user_email_key ON app_user (lower(email))`);
    await db.query(`
      CREATE TABLE working_group (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organization (id),
        name varchar NOT NULL,
        description varchar NOT NULL DEFAULT '',
        default_locale varchar(2) NOT NULL DEFAULT 'fi' CHECK (default_locale IN ('fi', 'en')),
        minutes_public boolean NOT NULL DEFAULT true,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX working_group_organization_idx ON working_group (organization_id)`);
    await db.query(`
      CREATE TABLE membership (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        group_id uuid NOT NULL REFERENCES working_group (id) ON DELETE CASCADE,
        role group_role NOT NULL,
        since date NOT NULL DEFAULT current_date,
        until date,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT membership_period_check CHECK (until IS NULL OR until >= since)
      )`);
    // One continuing membership per person and group; ended ones stay for the record.
    await db.query(`CREATE UNIQUE INDEX membership_open_key ON membership (group_id, user_id) WHERE until IS NULL`);
    await db.query(`CREATE INDEX membership_user_idx ON membership (user_id)`);
    await db.query(`
      CREATE TABLE session (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        token_hash varchar NOT NULL UNIQUE,
        user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        expires_at timestamptz NOT NULL,
        last_seen_at timestamptz NOT NULL DEFAULT now(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX session_user_idx ON session (user_id)`);
    await db.query(`CREATE INDEX session_expires_idx ON session (expires_at)`);
    await db.query(`
      CREATE TABLE login_attempt (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email varchar NOT NULL,
        address varchar NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX login_attempt_email_idx ON login_attempt (email, created_at)`);
    await db.query(`CREATE INDEX login_attempt_address_idx ON login_attempt (address, created_at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE login_attempt`);
    await db.query(`DROP TABLE session`);
    await db.query(`DROP TABLE membership`);
    await db.query(`DROP TABLE working_group`);
    await db.query(`DROP TABLE app_user`);
    await db.query(`DROP TABLE organization`);
    await db.query(`DROP TYPE group_role`);
    await db.query(`DROP TYPE organization_kind`);
  }
}
