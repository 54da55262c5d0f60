import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { GroupEvents, type GroupListener } from '../groups/group-events.js';
import { SignInInvitationsService } from './sign-in-invitations.service.js';

/** A person added to a group who has no password yet gets a sign-in invitation. */
@Injectable()
export class NewMemberInvitation implements GroupListener, OnModuleInit {
  constructor(
    private readonly groups: GroupEvents,
    private readonly invitations: SignInInvitationsService,
  ) {}

  onModuleInit(): void {
    this.groups.listen(this);
  }

  async memberAdded(tx: EntityManager, userId: string, groupId: string): Promise<void> {
    await this.invitations.queue(tx, userId, groupId);
  }

  committed(): void {
    this.invitations.deliver();
  }
}
