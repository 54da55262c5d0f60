import { announcedToMembers } from '../access/announced.js';
import { activeMembership } from '../access/memberships.js';
import { managesGroup } from '../access/roles.js';
import { HEADLINE_MARKERS } from './search-query.js';

/** Markdown punctuation left out of snippets, with link targets: `**a**`, `[a](https://…)`. */
export const MARKDOWN_NOISE = String.raw`\]\([^)]*\)|[*_#` + '`' + String.raw`>~\[\]|]+`;

export const HEADLINE_OPTIONS =
  `StartSel=${HEADLINE_MARKERS.start}, StopSel=${HEADLINE_MARKERS.end}, ` +
  `MaxWords=35, MinWords=12, ShortWord=2, MaxFragments=2, FragmentDelimiter=" … "`;

/** The viewer's groups, and whether they manage each. $2 viewer's user id. */
const ACCESS = `
  access AS (
    SELECT ms.group_id, bool_or(${managesGroup('ms')}) AS manages
      FROM membership ms
     WHERE ms.user_id = $2 AND ${activeMembership('ms')}
     GROUP BY ms.group_id
  )`;

/**
 * Meetings and agenda items the viewer may see: groups where they have an active membership
 * (organization admins: every group); drafts only where they are chair or secretary.
 * $3 whether the viewer is an organization admin, $4 an optional group.
 */
const VISIBLE = `
  ($4::uuid IS NULL OR m.group_id = $4::uuid)
  AND ($3::boolean OR m.group_id IN (SELECT group_id FROM access))
  AND (${announcedToMembers('m')} OR $3::boolean OR m.group_id IN (SELECT group_id FROM access WHERE manages))`;

/**
 * Organization admins see every group: the matches come from the GIN indexes on the documents'
 * `search_vector` columns, however many groups there are.
 */
const MATCHES_EVERYWHERE = `
      SELECT 'MEETING' AS kind, m.id AS meeting_id, NULL::uuid AS agenda_item_id, m.group_id, m.title,
             m.title AS meeting_title, m.starts_at,
             concat_ws(' · ', m.title, nullif(m.location, '')) AS body,
             ts_rank('{1, 1, 1, 1}', m.search_vector, to_tsquery('finnish', $1)) AS rank
        FROM meeting m
       WHERE m.search_vector @@ to_tsquery('finnish', $1) AND ${VISIBLE}
      UNION ALL
      SELECT 'AGENDA_ITEM', m.id, i.id, m.group_id, i.title, m.title, m.starts_at,
             concat_ws(' · ', i.title, nullif(i.description, ''), nullif(i.proposal, '')),
             ts_rank(i.search_vector, to_tsquery('finnish', $1))
        FROM agenda_item i
        JOIN meeting m ON m.id = i.meeting_id
       WHERE i.search_vector @@ to_tsquery('finnish', $1) AND ${VISIBLE}`;

/**
 * Members see a few groups: their meetings come first (by the group index) and only those
 * meetings' items are matched, so the cost follows the viewer's groups, not the whole database
 * (an index match of a common word over every municipality's agendas was most of the time).
 */
const MATCHES_IN_OWN_GROUPS = `
      SELECT 'MEETING' AS kind, m.id AS meeting_id, NULL::uuid AS agenda_item_id, m.group_id, m.title,
             m.title AS meeting_title, m.starts_at,
             concat_ws(' · ', m.title, nullif(m.location, '')) AS body,
             ts_rank('{1, 1, 1, 1}', m.search_vector, to_tsquery('finnish', $1)) AS rank
        FROM visible m
       WHERE m.search_vector @@ to_tsquery('finnish', $1)
      UNION ALL
      SELECT 'AGENDA_ITEM', m.id, i.id, m.group_id, i.title, m.title, m.starts_at,
             concat_ws(' · ', i.title, nullif(i.description, ''), nullif(i.proposal, '')),
             ts_rank(i.search_vector, to_tsquery('finnish', $1))
        FROM visible m
        CROSS JOIN LATERAL (
          SELECT id, title, description, proposal, search_vector FROM agenda_item
           WHERE meeting_id = m.id AND search_vector @@ to_tsquery('finnish', $1)
        ) i`;

/**
 * One statement: the visible matches ranked and limited first, then headlines for those only.
 * The tsquery is built from prefix words; `to_tsquery('finnish', …)` stems each word as the
 * documents' `search_vector` columns were stemmed. Parameters: $1 the tsquery, $2 the viewer's
 * user id, $3 whether they are an organization admin, $4 an optional group, $5 the limit,
 * $6 MARKDOWN_NOISE, $7 the headline markers, $8 HEADLINE_OPTIONS.
 */
function searchSql(matches: string, visibleMeetings = ''): string {
  return `
  WITH ${ACCESS},${visibleMeetings}
  hits AS (
    SELECT * FROM (${matches}
    ) matched
    ORDER BY rank DESC, starts_at DESC, agenda_item_id NULLS FIRST, meeting_id
    LIMIT $5
  )
  SELECT kind, meeting_id, agenda_item_id, group_id, title, meeting_title, starts_at, rank::float8 AS rank,
         ts_headline('finnish',
                     regexp_replace(translate(body, $7, ''), $6, ' ', 'g'),
                     to_tsquery('finnish', $1), $8) AS headline
    FROM hits
   ORDER BY rank DESC, starts_at DESC, agenda_item_id NULLS FIRST, meeting_id`;
}

export const SEARCH_EVERYWHERE_SQL = searchSql(MATCHES_EVERYWHERE);
export const SEARCH_OWN_GROUPS_SQL = searchSql(
  MATCHES_IN_OWN_GROUPS,
  `
  visible AS MATERIALIZED (
    SELECT m.id, m.group_id, m.title, m.location, m.starts_at, m.search_vector
      FROM meeting m
     WHERE NOT $3::boolean AND ($4::uuid IS NULL OR m.group_id = $4::uuid)
       AND m.group_id IN (SELECT group_id FROM access)
       AND (${announcedToMembers('m')} OR m.group_id IN (SELECT group_id FROM access WHERE manages))
  ),`,
);
