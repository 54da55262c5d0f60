import { AGENDA_LIMITS, hasUnsafeMarkup, isPermutation, MeetingStatus } from '@elinvoima/domain';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Viewer } from '../auth/viewer.js';
import { DomainError } from '../common/domain-error.js';
import { definedOnly } from '../common/defined-only.js';
import { updateVersioned } from '../common/versioned-update.js';
import { MeetingEntity } from '../meetings/meeting.entity.js';
import { lockMeeting } from '../meetings/meeting-lock.js';
import { AGENDA_ITEM_THEMES, assertGroupThemes, setThemes } from '../themes/theme-links.js';
import { AgendaChangeEntity, AgendaChangeKind } from './agenda-change.entity.js';
import { AgendaItemEntity } from './agenda-item.entity.js';
import type {
  AddAgendaItemInput,
  RemoveAgendaItemInput,
  ReorderAgendaInput,
  UpdateAgendaItemInput,
} from './dto/agenda-item.inputs.js';

type ItemFields = Omit<UpdateAgendaItemInput, 'id' | 'version' | 'themeIds'>;

/** Agenda edits of one meeting are serialized by its lock; a cancelled meeting's agenda is closed. */
const AGENDA_EDIT = { field: 'meetingId' };

@Injectable()
export class AgendaService {
  constructor(private readonly db: DataSource) {}

  add(input: AddAgendaItemInput, viewer: Viewer): Promise<AgendaItemEntity> {
    return this.db.transaction(async (tx) => {
      const meeting = await lockMeeting(tx, input.meetingId, AGENDA_EDIT);
      const { meetingId, themeIds, ...given } = input;
      const fields = definedOnly(given);
      await this.validate(tx, meeting, fields, themeIds);
      const [{ count, last }] = (await tx.query(
        `SELECT count(*)::int AS count, coalesce(max(position), 0)::int AS last FROM agenda_item WHERE meeting_id = $1`,
        [meetingId],
      )) as { count: number; last: number }[];
      if (count >= AGENDA_LIMITS.itemsMax)
        throw DomainError.badInput('meetingId', 'agenda.tooManyItems', { max: AGENDA_LIMITS.itemsMax });
      const items = tx.getRepository(AgendaItemEntity);
      const item = await items.save(items.create({ ...fields, meetingId, position: last + 1 }));
      await setThemes(tx, AGENDA_ITEM_THEMES, item.id, themeIds ?? []);
      await this.structureChanged(tx, meeting, viewer, AgendaChangeKind.ITEM_ADDED, item);
      return item;
    });
  }

  update(input: UpdateAgendaItemInput, viewer: Viewer): Promise<AgendaItemEntity> {
    return this.db.transaction(async (tx) => {
      const current = await tx.getRepository(AgendaItemEntity).findOneBy({ id: input.id });
      if (!current) throw DomainError.notFound();
      const meeting = await lockMeeting(tx, current.meetingId, AGENDA_EDIT);
      const { id, version, themeIds, ...given } = input;
      const fields = definedOnly(given);
      await this.validate(tx, meeting, { ...current, ...fields }, themeIds);
      await updateVersioned(tx.getRepository(AgendaItemEntity), id, version, fields);
      const changed = (Object.keys(fields) as (keyof ItemFields)[]).filter(
        (key) => (fields[key] ?? null) !== (current[key] ?? null),
      );
      if (themeIds) {
        const before = (await tx.query(`SELECT theme_id FROM agenda_item_theme WHERE agenda_item_id = $1`, [id])) as {
          theme_id: string;
        }[];
        if (
          !isPermutation(
            before.map((r) => r.theme_id),
            [...new Set(themeIds)],
          )
        )
          changed.push('themeIds' as keyof ItemFields);
        await setThemes(tx, AGENDA_ITEM_THEMES, id, themeIds);
      }
      const item = await tx.getRepository(AgendaItemEntity).findOneByOrFail({ id });
      if (meeting.status === MeetingStatus.AGENDA_PUBLISHED && changed.length) {
        await this.record(tx, meeting, viewer, AgendaChangeKind.ITEM_UPDATED, item, changed);
      }
      return item;
    });
  }

  remove(input: RemoveAgendaItemInput, viewer: Viewer): Promise<MeetingEntity> {
    return this.db.transaction(async (tx) => {
      const item = await tx.getRepository(AgendaItemEntity).findOneBy({ id: input.id });
      if (!item) throw DomainError.notFound();
      const meeting = await lockMeeting(tx, item.meetingId, AGENDA_EDIT);
      if (item.version !== input.version) throw DomainError.conflict(item.version);
      await tx.getRepository(AgendaItemEntity).delete(item.id);
      await tx.query(`UPDATE agenda_item SET position = position - 1 WHERE meeting_id = $1 AND position > $2`, [
        meeting.id,
        item.position,
      ]);
      await this.structureChanged(tx, meeting, viewer, AgendaChangeKind.ITEM_REMOVED, item);
      return tx.getRepository(MeetingEntity).findOneByOrFail({ id: meeting.id });
    });
  }

  /** Takes the complete new order; anything but a permutation of the meeting's items is refused. */
  reorder(input: ReorderAgendaInput, viewer: Viewer): Promise<MeetingEntity> {
    return this.db.transaction(async (tx) => {
      const meeting = await lockMeeting(tx, input.meetingId, AGENDA_EDIT);
      if (meeting.agendaVersion !== input.agendaVersion) throw DomainError.conflict(meeting.agendaVersion);
      const current = (await tx.query(`SELECT id FROM agenda_item WHERE meeting_id = $1 ORDER BY position`, [
        meeting.id,
      ])) as { id: string }[];
      const currentIds = current.map((row) => row.id);
      if (!isPermutation(currentIds, input.itemIds)) throw DomainError.badInput('itemIds', 'agenda.notPermutation');
      if (currentIds.every((id, i) => id === input.itemIds[i])) return meeting;
      await tx.query(
        `UPDATE agenda_item SET position = ordered.position, updated_at = now()
           FROM unnest($2::uuid[]) WITH ORDINALITY AS ordered(id, position)
          WHERE agenda_item.id = ordered.id AND agenda_item.meeting_id = $1`,
        [meeting.id, input.itemIds],
      );
      await this.structureChanged(tx, meeting, viewer, AgendaChangeKind.REORDERED, null);
      return tx.getRepository(MeetingEntity).findOneByOrFail({ id: meeting.id });
    });
  }

  /**
   * Locks an item's meeting for a change that is not one of the item's own fields (its files):
   * refused for a cancelled meeting like every other agenda edit.
   */
  async lockItem(tx: EntityManager, itemId: string): Promise<{ item: AgendaItemEntity; meeting: MeetingEntity }> {
    const item = await tx.getRepository(AgendaItemEntity).findOneBy({ id: itemId });
    if (!item) throw DomainError.notFound();
    return { item, meeting: await lockMeeting(tx, item.meetingId, AGENDA_EDIT) };
  }

  /** A published agenda records the item as changed, so members see what moved since they read it. */
  async itemChanged(
    tx: EntityManager,
    meeting: MeetingEntity,
    item: AgendaItemEntity,
    viewer: Viewer,
    fields: string[],
  ): Promise<void> {
    if (meeting.status === MeetingStatus.AGENDA_PUBLISHED)
      await this.record(tx, meeting, viewer, AgendaChangeKind.ITEM_UPDATED, item, fields);
  }

  /** A published meeting's own fields changed: the agenda records it with the meeting's title. */
  async meetingChanged(tx: EntityManager, meeting: MeetingEntity, viewer: Viewer, fields: string[]): Promise<void> {
    await this.record(tx, meeting, viewer, AgendaChangeKind.MEETING_UPDATED, null, fields);
  }

  private async validate(
    tx: EntityManager,
    meeting: MeetingEntity,
    fields: Partial<ItemFields>,
    themeIds: string[] | undefined,
  ): Promise<void> {
    if (fields.description && hasUnsafeMarkup(fields.description))
      throw DomainError.badInput('description', 'agenda.unsafeMarkdown');
    if (fields.proposal && hasUnsafeMarkup(fields.proposal))
      throw DomainError.badInput('proposal', 'agenda.unsafeMarkdown');
    if (fields.presenterUserId) {
      const [{ n }] = (await tx.query(
        `SELECT count(*)::int AS n FROM membership WHERE group_id = $1 AND user_id = $2`,
        [meeting.groupId, fields.presenterUserId],
      )) as { n: number }[];
      if (!n) throw DomainError.badInput('presenterUserId', 'agenda.presenterNotMember');
    }
    if (fields.projectId) {
      const [{ n }] = (await tx.query(`SELECT count(*)::int AS n FROM project WHERE id = $1`, [fields.projectId])) as {
        n: number;
      }[];
      if (!n) throw DomainError.badInput('projectId', 'error.notFound');
    }
    await assertGroupThemes(tx, meeting.groupId, themeIds);
  }

  /** Items added, removed or moved: the agenda's version rises, and a published agenda records it. */
  private async structureChanged(
    tx: EntityManager,
    meeting: MeetingEntity,
    viewer: Viewer,
    change: AgendaChangeKind,
    item: AgendaItemEntity | null,
  ): Promise<void> {
    await tx.query(`UPDATE meeting SET agenda_version = agenda_version + 1, updated_at = now() WHERE id = $1`, [
      meeting.id,
    ]);
    if (meeting.status === MeetingStatus.AGENDA_PUBLISHED) await this.record(tx, meeting, viewer, change, item, []);
  }

  private async record(
    tx: EntityManager,
    meeting: MeetingEntity,
    viewer: Viewer,
    change: AgendaChangeKind,
    item: AgendaItemEntity | null,
    fields: string[],
  ): Promise<void> {
    await tx.getRepository(AgendaChangeEntity).insert({
      meetingId: meeting.id,
      agendaItemId: change === AgendaChangeKind.ITEM_REMOVED ? null : (item?.id ?? null),
      itemTitle: item?.title ?? meeting.title,
      change,
      fields,
      changedBy: viewer.user.id,
    });
  }
}
