import { AGENDA_LIMITS } from '@elinvoima/domain';
import { HELD_ACCOUNT_MAIL_LIMIT } from '../accounts/account-mail.resolver.js';
import { SESSIONS_LISTED_MAX } from '../accounts/sessions.service.js';
import { SEARCH_LIMIT_MAX } from '../search/dto/search.args.js';
import { SEASON_MEETINGS_MAX } from '../seasons/dto/season.inputs.js';

/** The most items a list field returns, or how to read it from the field's arguments. */
export type ListBound = number | ((args: Record<string, unknown>) => number);

/** Themes a meeting or an agenda item can carry (the inputs' @ArrayMaxSize). */
const THEMES_PER_ITEM = 20;

/**
 * How long each list of objects in the schema can get, for the cost of a query. Where the API
 * enforces a bound, that bound; elsewhere the largest a region's working groups plausibly reach,
 * with room (the benchmark's data: 18 groups at scale 1 and 180 at scale 10, 20–40 members per
 * group, a meeting a month for ten years, 8–15 items per agenda). A list missing here fails
 * graphql-limits.spec.ts.
 */
export const LIST_BOUNDS: Record<string, ListBound> = {
  // An organization admin opens every group of the region.
  'Query.myGroups': 200,
  'Query.organizations': 50,
  'Query.projects': 200,
  // A meeting a month over ten years is 120; from and to usually narrow it to a month or a year.
  'Query.meetings': 200,
  'Query.themes': 100,
  'Query.themeUsage': 100,
  // A personal feed and one per group.
  'Query.myCalendarFeeds': 201,
  'Query.planSeason': SEASON_MEETINGS_MAX,
  'Query.mySessions': SESSIONS_LISTED_MAX,
  'Query.heldAccountMail': HELD_ACCOUNT_MAIL_LIMIT,
  'Query.search': (args) => Math.min(Math.max(Number(args.limit) || 1, 1), SEARCH_LIMIT_MAX),
  'Mutation.confirmSeason': SEASON_MEETINGS_MAX,
  // Current and former members.
  'Group.members': 100,
  'User.memberships': 50,
  'Meeting.agenda': AGENDA_LIMITS.itemsMax,
  'Meeting.themes': THEMES_PER_ITEM,
  'Meeting.changes': 200,
  'AgendaItem.themes': THEMES_PER_ITEM,
  'AgendaItem.attachments': 20,
  // The outbox resolver's OUTBOX_LIMIT.
  'Outbox.messages': 200,
  // The group's own meeting at that time, or members busy elsewhere.
  'SeasonProposal.conflicts': 100,
};
