import { daysBetween, helsinkiTime, proposeSeasonDates, SEASON_MAX_DAYS, type SeasonRule } from '@elinvoima/domain';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { activeMembership } from '../access/memberships.js';
import { DomainError } from '../common/domain-error.js';
import { requestContext } from '../context/request-context.js';
import { translate } from '../i18n/translate.js';
import { AgendaSource } from '../meetings/dto/meeting.inputs.js';
import type { MeetingEntity } from '../meetings/meeting.entity.js';
import { MeetingsService } from '../meetings/meetings.service.js';
import type { ConfirmSeasonInput, PlanSeasonInput } from './dto/season.inputs.js';
import { finnishHolidayOn } from './finnish-holidays.js';
import { type SeasonConflict, SeasonConflictKind, type SeasonProposal } from './season-proposal.js';

interface ConflictRow {
  idx: string;
  meeting_id: string | null;
  title: string | null;
  person: string | null;
}

@Injectable()
export class SeasonsService {
  constructor(
    private readonly db: DataSource,
    private readonly meetings: MeetingsService,
  ) {}

  /** Proposes the season's dates: holidays skipped, clashes flagged. Writes nothing. */
  async plan(input: PlanSeasonInput): Promise<SeasonProposal[]> {
    if (input.to < input.from) throw DomainError.badInput('to', 'season.toBeforeFrom');
    if (daysBetween(input.from, input.to) > SEASON_MAX_DAYS)
      throw DomainError.badInput('to', 'season.tooLong', { days: SEASON_MAX_DAYS });
    const locale = requestContext.locale();
    const dates = proposeSeasonDates(input.rule as SeasonRule, input, (date) => finnishHolidayOn(date, locale));
    const proposals: SeasonProposal[] = dates.map(({ date, skippedBecause }) => {
      const startsAt = helsinkiTime(date, input.startTime);
      return {
        date,
        startsAt,
        endsAt: new Date(startsAt.getTime() + input.durationMinutes * 60_000),
        skippedBecause: skippedBecause ?? null,
        conflicts: [],
      };
    });
    const candidates = proposals.filter((p) => !p.skippedBecause);
    for (const row of await this.conflicts(input.groupId, candidates)) {
      candidates[Number(row.idx) - 1].conflicts.push(this.describe(row));
    }
    return proposals;
  }

  /** Creates every meeting of the season in one transaction: all or none. */
  confirm(input: ConfirmSeasonInput): Promise<MeetingEntity[]> {
    return this.db.transaction(async (tx) => {
      const created: MeetingEntity[] = [];
      for (const [index, meeting] of input.meetings.entries()) {
        try {
          created.push(
            await this.meetings.createIn(tx, {
              ...meeting,
              groupId: input.groupId,
              agendaSource: AgendaSource.TEMPLATE,
            }),
          );
        } catch (error) {
          throw prefixFields(error, `meetings.${index}`);
        }
      }
      return created;
    });
  }

  /** One query for all candidates: the group's own overlapping meetings and members busy elsewhere. */
  private conflicts(groupId: string, candidates: SeasonProposal[]): Promise<ConflictRow[]> {
    if (!candidates.length) return Promise.resolve([]);
    return this.db.query(
      `WITH p AS (SELECT * FROM unnest($2::timestamptz[], $3::timestamptz[]) WITH ORDINALITY AS p(starts_at, ends_at, idx))
       SELECT p.idx, m.id::text AS meeting_id, m.title::text, NULL::text AS person
         FROM p JOIN meeting m ON m.group_id = $1 AND m.status <> 'CANCELLED' AND m.starts_at < p.ends_at AND p.starts_at < m.ends_at
       UNION ALL
       SELECT DISTINCT p.idx, NULL::text, NULL::text, u.name::text
         FROM p
         JOIN membership mine ON mine.group_id = $1 AND ${activeMembership('mine')}
         JOIN membership other ON other.user_id = mine.user_id AND other.group_id <> $1 AND ${activeMembership('other')}
         JOIN meeting m ON m.group_id = other.group_id AND m.status <> 'CANCELLED' AND m.starts_at < p.ends_at AND p.starts_at < m.ends_at
         JOIN app_user u ON u.id = mine.user_id
        ORDER BY 1, 4`,
      [groupId, candidates.map((c) => c.startsAt), candidates.map((c) => c.endsAt)],
    );
  }

  private describe(row: ConflictRow): SeasonConflict {
    if (row.meeting_id) {
      return {
        kind: SeasonConflictKind.GROUP_MEETING,
        meetingId: row.meeting_id,
        description: translate('season.groupMeeting', { title: row.title ?? '' }),
      };
    }
    return {
      kind: SeasonConflictKind.MEMBER_BUSY,
      meetingId: null,
      description: translate('season.memberBusy', { name: row.person ?? '' }),
    };
  }
}

/** Points a field error of one meeting of the season at that meeting, e.g. `meetings.2.endsAt`. */
function prefixFields(error: unknown, prefix: string): unknown {
  if (error instanceof DomainError && Array.isArray(error.extensions.fields)) {
    for (const field of error.extensions.fields as { field: string }[]) field.field = `${prefix}.${field.field}`;
  }
  return error;
}
