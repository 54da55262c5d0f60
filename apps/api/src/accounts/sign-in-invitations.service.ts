import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/env.js';
import { OutboxKind } from '../mail/outbox-message.entity.js';
import { composeSignInInvitation } from './account-mail.js';
import { AccountOutbox, accountHolder } from './account-outbox.service.js';
import { passwordLink } from './password-link.js';
import { PasswordTokenPurpose, PasswordTokensService, TOKEN_LIFETIME_MINUTES } from './password-tokens.service.js';

/** A person added to a group who has never set a password gets a one-time link to set one. */
@Injectable()
export class SignInInvitationsService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly tokens: PasswordTokensService,
    private readonly outbox: AccountOutbox,
  ) {}

  /**
   * Writes the invitation into the group's outbox inside the caller's transaction, where the
   * group's secretary sees it. Nothing for someone who already has a password: an invitation
   * link for an existing account would hand that account to whoever reads the outbox.
   */
  async queue(tx: EntityManager, userId: string, groupId: string): Promise<boolean> {
    const person = await accountHolder(tx, userId);
    if (person.hasPassword) return false;
    const [group] = (await tx.query(`SELECT name FROM working_group WHERE id = $1`, [groupId])) as { name: string }[];
    const token = await this.tokens.issue(tx, person.id, PasswordTokenPurpose.INVITATION);
    const days = TOKEN_LIFETIME_MINUTES[PasswordTokenPurpose.INVITATION] / (24 * 60);
    const message = composeSignInInvitation(person, group.name, passwordLink(this.config.publicUrl, token), days);
    await this.outbox.write(tx, OutboxKind.SIGN_IN_INVITATION, person, groupId, message);
    return true;
  }

  deliver(): void {
    this.outbox.deliver();
  }
}
