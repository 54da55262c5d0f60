import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { GroupEvents, type GroupListener } from '../groups/group-events.js';
import { addDefaultThemes } from './themes.service.js';

/** A new group starts with the default theme catalogue. */
@Injectable()
export class NewGroupThemes implements GroupListener, OnModuleInit {
  constructor(private readonly groups: GroupEvents) {}

  onModuleInit(): void {
    this.groups.listen(this);
  }

  created(tx: EntityManager, groupId: string): Promise<void> {
    return addDefaultThemes(tx, groupId);
  }
}
