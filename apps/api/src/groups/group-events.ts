import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/**
 * What other domains do when a group changes. Each hook runs inside the group's transaction, so
 * everything commits or fails together; the domain registers it from its own module.
 */
export interface GroupListener {
  /** A new group: e.g. its first themes and standing agenda items. */
  created?(tx: EntityManager, groupId: string): Promise<void>;
  /** A person joined the group, perhaps with an account made for them just now. */
  memberAdded?(tx: EntityManager, userId: string, groupId: string): Promise<void>;
  /** The transaction has committed: send what was written in it. */
  committed?(): void;
}

/** The groups' side of their listeners: where they register, and how the groups tell them. */
@Injectable()
export class GroupEvents {
  private readonly listeners: GroupListener[] = [];

  listen(listener: GroupListener): void {
    this.listeners.push(listener);
  }

  async created(tx: EntityManager, groupId: string): Promise<void> {
    for (const listener of this.listeners) await listener.created?.(tx, groupId);
  }

  async memberAdded(tx: EntityManager, userId: string, groupId: string): Promise<void> {
    for (const listener of this.listeners) await listener.memberAdded?.(tx, userId, groupId);
  }

  committed(): void {
    for (const listener of this.listeners) listener.committed?.();
  }
}
