import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Viewer } from '../auth/viewer.js';
import { DomainError } from '../common/domain-error.js';
import type { SearchArgs } from './dto/search.args.js';
import { SearchHit, SearchHitKind } from './search-hit.model.js';
import { HEADLINE_MARKERS, headlineToHtml, prefixTsquery, searchWords } from './search-query.js';
import { HEADLINE_OPTIONS, MARKDOWN_NOISE, SEARCH_EVERYWHERE_SQL, SEARCH_OWN_GROUPS_SQL } from './search-sql.js';

interface Row {
  kind: SearchHitKind;
  meeting_id: string;
  agenda_item_id: string | null;
  group_id: string;
  title: string;
  meeting_title: string;
  starts_at: Date;
  rank: number;
  headline: string;
}

@Injectable()
export class SearchService {
  constructor(private readonly db: DataSource) {}

  async search(args: SearchArgs, viewer: Viewer): Promise<SearchHit[]> {
    const words = searchWords(args.query);
    if (words.length === 0) throw DomainError.badInput('query', 'search.noWords');
    const rows = (await this.db.query(viewer.user.isOrgAdmin ? SEARCH_EVERYWHERE_SQL : SEARCH_OWN_GROUPS_SQL, [
      prefixTsquery(words),
      viewer.user.id,
      viewer.user.isOrgAdmin,
      args.groupId ?? null,
      args.limit,
      MARKDOWN_NOISE,
      HEADLINE_MARKERS.start + HEADLINE_MARKERS.end,
      HEADLINE_OPTIONS,
    ])) as Row[];
    return rows.map((row) => ({
      kind: row.kind,
      meetingId: row.meeting_id,
      agendaItemId: row.agenda_item_id,
      groupId: row.group_id,
      title: row.title,
      meetingTitle: row.meeting_title,
      snippet: headlineToHtml(row.headline),
      startsAt: row.starts_at,
      rank: row.rank,
    }));
  }
}
