import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { GroupEvents, type GroupListener } from '../groups/group-events.js';
import { addDefaultStandingItems } from './standing-items.js';

/** A new group's agendas start with the default standing items. */
@Injectable()
export class NewGroupStandingItems implements GroupListener, OnModuleInit {
  constructor(private readonly groups: GroupEvents) {}

  onModuleInit(): void {
    this.groups.listen(this);
  }

  created(tx: EntityManager, groupId: string): Promise<void> {
    return addDefaultStandingItems(tx, groupId);
  }
}
