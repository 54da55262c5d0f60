import DataLoader from 'dataloader';
import { defineLoaders, groupBy } from '../common/loaders.js';
import { ThemeEntity } from '../themes/theme.entity.js';

export const meetingLoaders = defineLoaders((db) => ({
  /** The themes of each meeting, by Finnish name. */
  themesOfMeeting: new DataLoader<string, ThemeEntity[]>(async (meetingIds) => {
    const rows = await db
      .getRepository(ThemeEntity)
      .createQueryBuilder('t')
      .innerJoin('meeting_theme', 'mt', 'mt.theme_id = t.id')
      .addSelect('mt.meeting_id', 'meeting_id')
      .where('mt.meeting_id IN (:...meetingIds)', { meetingIds: [...meetingIds] })
      .orderBy('t.nameFi')
      .getRawAndEntities();
    const pairs = rows.raw.map((raw: { meeting_id: string; t_id: string }) => ({
      meetingId: raw.meeting_id,
      theme: rows.entities.find((t) => t.id === raw.t_id)!,
    }));
    return groupBy(meetingIds, pairs, 'meetingId').map((list) => list.map((p) => p.theme));
  }),
}));
