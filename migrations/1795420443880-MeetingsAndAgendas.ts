import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Themes, regional projects, meetings and their agendas, with the agenda's change record and search. */
export class MeetingsAndAgendas1795420443880 implements MigrationInterface {
  name = 'MeetingsAndAgendas1795420443880';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TYPE meeting_kind AS ENUM ('REGULAR', 'THEME', 'REVIEW', 'OTHER')`);
    await db.query(`CREATE TYPE meeting_status AS ENUM ('DRAFT', 'AGENDA_PUBLISHED', 'CANCELLED')`);
    await db.query(`CREATE TYPE agenda_item_kind AS ENUM ('INFORMATION', 'DISCUSSION', 'DECISION')`);
    await db.query(`
      CREATE TABLE theme (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        group_id uuid NOT NULL REFERENCES working_group (id) ON DELETE CASCADE,
        name_fi varchar NOT NULL,
        name_en varchar NOT NULL,
        colour varchar(7),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE UNIQUE INDEX theme_name_key ON theme (group_id, lower(name_fi))`);
    await db.query(`
      CREATE TABLE project (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name varchar NOT NULL,
        owner_organization_id uuid REFERENCES organization (id),
        manager_name varchar NOT NULL DEFAULT '',
        description varchar NOT NULL DEFAULT '',
        url varchar,
        starts_on date,
        ends_on date,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`
      CREATE TABLE meeting (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        group_id uuid NOT NULL REFERENCES working_group (id) ON DELETE CASCADE,
        title varchar NOT NULL,
        kind meeting_kind NOT NULL,
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        location varchar NOT NULL DEFAULT '',
        online_url varchar,
        status meeting_status NOT NULL DEFAULT 'DRAFT',
        cancel_reason varchar,
        agenda_published_at timestamptz,
        sequence integer NOT NULL DEFAULT 0,
        agenda_version integer NOT NULL DEFAULT 1,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        search_vector tsvector GENERATED ALWAYS AS (to_tsvector('finnish', title || ' ' || location)) STORED,
        CONSTRAINT meeting_period_check CHECK (ends_at > starts_at)
      )`);
    await db.query(`CREATE INDEX meeting_group_start_idx ON meeting (group_id, starts_at)`);
    await db.query(`CREATE INDEX meeting_search_idx ON meeting USING gin (search_vector)`);
    await db.query(`
      CREATE TABLE meeting_theme (
        meeting_id uuid NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
        theme_id uuid NOT NULL REFERENCES theme (id) ON DELETE CASCADE,
        PRIMARY KEY (meeting_id, theme_id)
      )`);
    await db.query(`CREATE INDEX meeting_theme_theme_idx ON meeting_theme (theme_id)`);
    await db.query(`
      CREATE TABLE agenda_item (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        meeting_id uuid NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
        position integer NOT NULL,
        title varchar NOT NULL,
        description text NOT NULL DEFAULT '',
        kind agenda_item_kind NOT NULL DEFAULT 'INFORMATION',
        proposal text,
        presenter_user_id uuid REFERENCES app_user (id) ON DELETE SET NULL,
        presenter_name varchar,
        presenter_organization varchar,
        planned_minutes integer CHECK (planned_minutes IS NULL OR planned_minutes BETWEEN 0 AND 600),
        project_id uuid REFERENCES project (id) ON DELETE SET NULL,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        search_vector tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector('finnish', title), 'A') || setweight(to_tsvector('finnish', description), 'B')
          || setweight(to_tsvector('finnish', coalesce(proposal, '')), 'B')
        ) STORED,
        -- Deferred, so a reorder can move items through each other's positions within a transaction.
        CONSTRAINT agenda_item_position_key UNIQUE (meeting_id, position) DEFERRABLE INITIALLY DEFERRED
      )`);
    await db.query(`CREATE INDEX agenda_item_search_idx ON agenda_item USING gin (search_vector)`);
    await db.query(`
      CREATE TABLE agenda_item_theme (
        agenda_item_id uuid NOT NULL REFERENCES agenda_item (id) ON DELETE CASCADE,
        theme_id uuid NOT NULL REFERENCES theme (id) ON DELETE CASCADE,
        PRIMARY KEY (agenda_item_id, theme_id)
      )`);
    await db.query(`CREATE INDEX agenda_item_theme_theme_idx ON agenda_item_theme (theme_id)`);
    // What changed in an agenda after it was published, for the members to see.
    await db.query(`
      CREATE TABLE agenda_change (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        meeting_id uuid NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
        agenda_item_id uuid REFERENCES agenda_item (id) ON DELETE SET NULL,
        item_title varchar NOT NULL,
        change varchar NOT NULL,
        fields text[] NOT NULL DEFAULT '{}',
        changed_by uuid REFERENCES app_user (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX agenda_change_meeting_idx ON agenda_change (meeting_id, created_at)`);
    // The group's standing items that fill a new meeting's draft agenda.
    await db.query(`
      CREATE TABLE standing_item (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        group_id uuid NOT NULL REFERENCES working_group (id) ON DELETE CASCADE,
        position integer NOT NULL,
        title varchar NOT NULL,
        kind agenda_item_kind NOT NULL DEFAULT 'INFORMATION',
        planned_minutes integer,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX standing_item_group_idx ON standing_item (group_id, position)`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of [
      'standing_item',
      'agenda_change',
      'agenda_item_theme',
      'agenda_item',
      'meeting_theme',
      'meeting',
      'project',
      'theme',
    ]) {
      await db.query(`DROP TABLE ${table}`);
    }
    for (const type of ['agenda_item_kind', 'meeting_status', 'meeting_kind']) {
      await db.query(`DROP TYPE ${type}`);
    }
  }
}
