import { announcedToMembers } from '../../apps/api/src/access/announced.js';
import { activeMembership } from '../../apps/api/src/access/memberships.js';
import { roleRank } from '../../apps/api/src/access/roles.js';
import { groupAccessSql } from '../../apps/api/src/auth/group-target.js';
import { SESSION_VIEWER_SQL } from '../../apps/api/src/auth/signed-in-user.js';
import { groupById } from '../../apps/api/src/groups/group.target.js';
import { groupOfMeeting } from '../../apps/api/src/meetings/meeting.target.js';
import { SEARCH_OWN_GROUPS_SQL } from '../../apps/api/src/search/search-sql.js';

/**
 * The SQL the API runs for the benchmarked pages. What the API writes by hand comes from its own
 * source (the access rules, the group lookups, the search); what TypeORM builds is copied from the
 * API's query log (LOG_LEVEL=trace). `:ids` stands for a list of parameters, as TypeORM expands
 * `IN (…)`. The benchmark compares these with what the API logs on every run and reports any
 * difference.
 */

/** A condition as TypeORM writes it into a query it builds: the alias's columns quoted, `m.until` as `"m"."until"`. */
function asBuilt(condition: string, alias = 'm'): string {
  return condition.replace(new RegExp(`\\b${alias}\\.(\\w+)`, 'g'), `"${alias}"."$1"`);
}

/** The columns TypeORM selects for an entity under an alias: `"m"."title" AS "m_title"`, … */
function columns(alias: string, names: string[]): string {
  return names.map((name) => `"${alias}"."${name}" AS "${alias}_${name}"`).join(', ');
}

const MEMBERSHIPS = `SELECT ${columns('m', [
  'id',
  'created_at',
  'updated_at',
  'user_id',
  'group_id',
  'role',
  'since',
  'until',
  'version',
])}
  FROM "membership" "m" INNER JOIN "app_user" "u" ON "u"."id" = "m"."user_id"`;

const MEETINGS_WITH_THEMES = `SELECT ${columns('m', [
  'id',
  'created_at',
  'updated_at',
  'group_id',
  'title',
  'kind',
  'starts_at',
  'ends_at',
  'location',
  'online_url',
  'status',
  'cancel_reason',
  'agenda_published_at',
  'sequence',
  'agenda_version',
  'version',
])},
  ${columns('theme', ['id', 'created_at', 'updated_at', 'group_id', 'name_fi', 'name_en', 'colour'])}
  FROM "meeting" "m" LEFT JOIN "meeting_theme" "meeting_theme" ON meeting_theme.meeting_id = "m"."id"
  LEFT JOIN "theme" "theme" ON "theme"."id" = meeting_theme.theme_id`;

/** The viewer behind a session token (AuthService.authenticate). */
export const SESSION = SESSION_VIEWER_SQL;

/** The viewer's continuing memberships (loader activeMembershipsOfUser). */
export const ACTIVE_MEMBERSHIPS_OF_USERS = `${MEMBERSHIPS}
  WHERE "m"."user_id" IN (:ids) AND ${asBuilt(activeMembership('m'))}
  ORDER BY ${asBuilt(roleRank('m'))} ASC, "u"."name" ASC, "m"."id" ASC`;

/** Groups by id (loader group). */
export const GROUPS_BY_IDS = `SELECT "GroupEntity"."id" AS "GroupEntity_id", "GroupEntity"."created_at" AS "GroupEntity_created_at", "GroupEntity"."updated_at" AS "GroupEntity_updated_at", "GroupEntity"."organization_id" AS "GroupEntity_organization_id", "GroupEntity"."name" AS "GroupEntity_name", "GroupEntity"."description" AS "GroupEntity_description", "GroupEntity"."default_locale" AS "GroupEntity_default_locale", "GroupEntity"."minutes_public" AS "GroupEntity_minutes_public", "GroupEntity"."version" AS "GroupEntity_version" FROM "working_group" "GroupEntity" WHERE (("GroupEntity"."id" IN (:ids)))`;

/** The groups a member can open (GroupsService.visibleTo). */
export const VISIBLE_GROUPS = `SELECT "g"."id" AS "g_id", "g"."created_at" AS "g_created_at", "g"."updated_at" AS "g_updated_at", "g"."organization_id" AS "g_organization_id", "g"."name" AS "g_name", "g"."description" AS "g_description", "g"."default_locale" AS "g_default_locale", "g"."minutes_public" AS "g_minutes_public", "g"."version" AS "g_version" FROM "working_group" "g" WHERE EXISTS (SELECT 1 FROM membership m WHERE m.group_id = "g"."id" AND m.user_id = $1
                  AND ${activeMembership('m')}) ORDER BY "g"."name" ASC, "g"."id" ASC`;

/** Organizations by id (loader organization). */
export const ORGANIZATIONS_BY_IDS = `SELECT "OrganizationEntity"."id" AS "OrganizationEntity_id", "OrganizationEntity"."created_at" AS "OrganizationEntity_created_at", "OrganizationEntity"."updated_at" AS "OrganizationEntity_updated_at", "OrganizationEntity"."name" AS "OrganizationEntity_name", "OrganizationEntity"."kind" AS "OrganizationEntity_kind" FROM "organization" "OrganizationEntity" WHERE (("OrganizationEntity"."id" IN (:ids)))`;

/** The group and the viewer's role in it (GroupAccessService.resolve for a group). */
export const GROUP_ACCESS = groupAccessSql(groupById.lookup);

/** One group (GroupsService.findOne). */
export const GROUP_BY_ID = `SELECT "GroupEntity"."id" AS "GroupEntity_id", "GroupEntity"."created_at" AS "GroupEntity_created_at", "GroupEntity"."updated_at" AS "GroupEntity_updated_at", "GroupEntity"."organization_id" AS "GroupEntity_organization_id", "GroupEntity"."name" AS "GroupEntity_name", "GroupEntity"."description" AS "GroupEntity_description", "GroupEntity"."default_locale" AS "GroupEntity_default_locale", "GroupEntity"."minutes_public" AS "GroupEntity_minutes_public", "GroupEntity"."version" AS "GroupEntity_version" FROM "working_group" "GroupEntity" WHERE (("GroupEntity"."id" = $1)) LIMIT 1`;

/** A group's continuing memberships (loader activeMembershipsOfGroup). */
export const ACTIVE_MEMBERSHIPS_OF_GROUPS = `${MEMBERSHIPS}
  WHERE "m"."group_id" IN (:ids) AND ${asBuilt(activeMembership('m'))}
  ORDER BY ${asBuilt(roleRank('m'))} ASC, "u"."name" ASC, "m"."id" ASC`;

/** People by id (loader user). */
export const USERS_BY_IDS = `SELECT "UserEntity"."id" AS "UserEntity_id", "UserEntity"."created_at" AS "UserEntity_created_at", "UserEntity"."updated_at" AS "UserEntity_updated_at", "UserEntity"."name" AS "UserEntity_name", "UserEntity"."email" AS "UserEntity_email", "UserEntity"."locale" AS "UserEntity_locale", "UserEntity"."is_org_admin" AS "UserEntity_is_org_admin" FROM "app_user" "UserEntity" WHERE (("UserEntity"."id" IN (:ids)))`;

/** A group's meetings in a period with their themes, those not announced to members left out (MeetingsService.list). */
export const MEETINGS_OF_GROUP_FOR_MEMBER = `${MEETINGS_WITH_THEMES}
  WHERE "m"."group_id" = $1 AND "m"."starts_at" >= $2 AND "m"."starts_at" < $3 AND ${asBuilt(announcedToMembers('m'))}
  ORDER BY "m"."starts_at" ASC, "m"."id" ASC, "theme"."name_fi" ASC`;

/** The group of a meeting and the viewer's role in it (GroupAccessService.resolve for a meeting). */
export const MEETING_ACCESS = groupAccessSql(groupOfMeeting.lookup);

/** One meeting with its themes (MeetingsService.findVisible). */
export const MEETING_WITH_THEMES = `${MEETINGS_WITH_THEMES} WHERE "m"."id" = $1 ORDER BY "theme"."name_fi" ASC`;

/** Agendas with presenters, projects, themes and attachment metadata (loader agendaOfMeeting). */
export const AGENDA_OF_MEETINGS = `SELECT "i"."id" AS "i_id", "i"."created_at" AS "i_created_at", "i"."updated_at" AS "i_updated_at", "i"."meeting_id" AS "i_meeting_id", "i"."position" AS "i_position", "i"."title" AS "i_title", "i"."description" AS "i_description", "i"."kind" AS "i_kind", "i"."proposal" AS "i_proposal", "i"."presenter_user_id" AS "i_presenter_user_id", "i"."presenter_name" AS "i_presenter_name", "i"."presenter_organization" AS "i_presenter_organization", "i"."planned_minutes" AS "i_planned_minutes", "i"."project_id" AS "i_project_id", "i"."version" AS "i_version", "presenter"."id" AS "presenter_id", "presenter"."created_at" AS "presenter_created_at", "presenter"."updated_at" AS "presenter_updated_at", "presenter"."name" AS "presenter_name", "presenter"."email" AS "presenter_email", "presenter"."locale" AS "presenter_locale", "presenter"."is_org_admin" AS "presenter_is_org_admin", "project"."id" AS "project_id", "project"."created_at" AS "project_created_at", "project"."updated_at" AS "project_updated_at", "project"."name" AS "project_name", "project"."owner_organization_id" AS "project_owner_organization_id", "project"."manager_name" AS "project_manager_name", "project"."description" AS "project_description", "project"."url" AS "project_url", "project"."starts_on" AS "project_starts_on", "project"."ends_on" AS "project_ends_on", "theme"."id" AS "theme_id", "theme"."created_at" AS "theme_created_at", "theme"."updated_at" AS "theme_updated_at", "theme"."group_id" AS "theme_group_id", "theme"."name_fi" AS "theme_name_fi", "theme"."name_en" AS "theme_name_en", "theme"."colour" AS "theme_colour", "attachment"."id" AS "attachment_id", "attachment"."created_at" AS "attachment_created_at", "attachment"."updated_at" AS "attachment_updated_at", "attachment"."agenda_item_id" AS "attachment_agenda_item_id", "attachment"."file_name" AS "attachment_file_name", "attachment"."media_type" AS "attachment_media_type", "attachment"."size_bytes" AS "attachment_size_bytes", "attachment"."sha256" AS "attachment_sha256", "attachment"."uploaded_by" AS "attachment_uploaded_by" FROM "agenda_item" "i" LEFT JOIN "app_user" "presenter" ON "presenter"."id" = "i"."presenter_user_id"  LEFT JOIN "project" "project" ON "project"."id" = "i"."project_id"  LEFT JOIN "agenda_item_theme" "item_theme" ON item_theme.agenda_item_id = "i"."id"  LEFT JOIN "theme" "theme" ON "theme"."id" = item_theme.theme_id  LEFT JOIN "attachment" "attachment" ON "attachment"."agenda_item_id" = "i"."id" WHERE "i"."meeting_id" IN (:ids) ORDER BY "i"."position" ASC, "theme"."name_fi" ASC, "attachment"."created_at" ASC, "attachment"."id" ASC`;

/** Changes made after publishing (loader changesOfMeeting). */
export const CHANGES_OF_MEETINGS = `SELECT "AgendaChangeEntity"."id" AS "AgendaChangeEntity_id", "AgendaChangeEntity"."created_at" AS "AgendaChangeEntity_created_at", "AgendaChangeEntity"."updated_at" AS "AgendaChangeEntity_updated_at", "AgendaChangeEntity"."meeting_id" AS "AgendaChangeEntity_meeting_id", "AgendaChangeEntity"."agenda_item_id" AS "AgendaChangeEntity_agenda_item_id", "AgendaChangeEntity"."item_title" AS "AgendaChangeEntity_item_title", "AgendaChangeEntity"."change" AS "AgendaChangeEntity_change", "AgendaChangeEntity"."fields" AS "AgendaChangeEntity_fields", "AgendaChangeEntity"."changed_by" AS "AgendaChangeEntity_changed_by" FROM "agenda_change" "AgendaChangeEntity" WHERE (("AgendaChangeEntity"."meeting_id" IN (:ids))) ORDER BY "AgendaChangeEntity"."created_at" ASC`;

/** Finnish full-text search over what a member may see: their groups' meetings first (SearchService). */
export const SEARCH = SEARCH_OWN_GROUPS_SQL;
