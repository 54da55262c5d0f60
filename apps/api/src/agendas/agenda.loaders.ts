import DataLoader from 'dataloader';
import { In } from 'typeorm';
import { defineLoaders, groupBy } from '../common/loaders.js';
import { ProjectEntity } from '../projects/project.entity.js';
import { ThemeEntity } from '../themes/theme.entity.js';
import { UserEntity } from '../users/user.entity.js';
import { AgendaChangeEntity } from './agenda-change.entity.js';
import { AgendaItemEntity } from './agenda-item.entity.js';
import { AttachmentEntity } from './attachment.entity.js';

/** An agenda item with what its page shows, loaded in the same query. */
export type LoadedAgendaItem = AgendaItemEntity & {
  presenter?: UserEntity | null;
  project?: ProjectEntity | null;
  themes?: ThemeEntity[];
  /** Metadata only: the files' bytes are never read with the agenda. */
  attachments?: AttachmentEntity[];
};

export const agendaLoaders = defineLoaders((db) => ({
  /**
   * All items of the meetings, in order, with presenters, projects, themes and attachments: one
   * query for any number of meetings.
   */
  agendaOfMeeting: new DataLoader<string, LoadedAgendaItem[]>(async (meetingIds) => {
    const rows = (await db
      .getRepository(AgendaItemEntity)
      .createQueryBuilder('i')
      .leftJoinAndMapOne('i.presenter', UserEntity, 'presenter', 'presenter.id = i.presenterUserId')
      .leftJoinAndMapOne('i.project', ProjectEntity, 'project', 'project.id = i.projectId')
      // Through the link table, so the join is by key: a condition `theme.id IN (subquery)` is
      // tried against every theme in the database.
      .leftJoin('agenda_item_theme', 'item_theme', 'item_theme.agenda_item_id = i.id')
      .leftJoinAndMapMany('i.themes', ThemeEntity, 'theme', 'theme.id = item_theme.theme_id')
      .leftJoinAndMapMany('i.attachments', AttachmentEntity, 'attachment', 'attachment.agendaItemId = i.id')
      .where('i.meetingId IN (:...meetingIds)', { meetingIds: [...meetingIds] })
      .orderBy('i.position')
      .addOrderBy('theme.nameFi')
      .addOrderBy('attachment.createdAt')
      .addOrderBy('attachment.id')
      .getMany()) as LoadedAgendaItem[];
    return groupBy(meetingIds, rows, 'meetingId');
  }),
  /** Changes made after each meeting's agenda was published, oldest first. */
  changesOfMeeting: new DataLoader<string, AgendaChangeEntity[]>(async (meetingIds) => {
    const changes = await db
      .getRepository(AgendaChangeEntity)
      .find({ where: { meetingId: In([...meetingIds]) }, order: { createdAt: 'ASC' } });
    return groupBy(meetingIds, changes, 'meetingId');
  }),
}));
