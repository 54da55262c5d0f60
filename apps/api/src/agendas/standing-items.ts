import { AgendaItemKind } from '@elinvoima/domain';
import type { EntityManager } from 'typeorm';
import { StandingItemEntity } from './standing-item.entity.js';

/** The standing items every new group's agendas start with. */
export const DEFAULT_STANDING_ITEMS = [
  { title: 'Kokouksen avaus', kind: AgendaItemKind.INFORMATION, plannedMinutes: 5 },
  { title: 'Ajankohtaisia asioita', kind: AgendaItemKind.DISCUSSION, plannedMinutes: 30 },
  { title: 'Muut asiat', kind: AgendaItemKind.DISCUSSION, plannedMinutes: 10 },
  { title: 'Seuraava kokous', kind: AgendaItemKind.INFORMATION, plannedMinutes: 5 },
];

/** Gives a new group its standing agenda items. */
export async function addDefaultStandingItems(tx: EntityManager, groupId: string): Promise<void> {
  await tx
    .getRepository(StandingItemEntity)
    .insert(DEFAULT_STANDING_ITEMS.map((item, i) => ({ ...item, groupId, position: i + 1 })));
}
