import { ErrorCode } from '@elinvoima/domain';
import { Inject, Injectable } from '@nestjs/common';
import { setTimeout as sleep } from 'node:timers/promises';
import { DataSource } from 'typeorm';
import { DomainError } from '../common/domain-error.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/env.js';
import { OutboxKind } from '../mail/outbox-message.entity.js';
import { composePasswordReset } from './account-mail.js';
import { AccountOutbox, accountHolder } from './account-outbox.service.js';
import { AccountThrottle, THROTTLE } from './account-throttle.service.js';
import { passwordLink } from './password-link.js';
import { PasswordTokenPurpose, PasswordTokensService, TOKEN_LIFETIME_MINUTES } from './password-tokens.service.js';

/**
 * Every answer takes at least this long, so that a known address (a token and a message
 * written) and an unknown one (one lookup) cannot be told apart by the time they take.
 */
export const RESET_ANSWER_MS = 400;

@Injectable()
export class PasswordResetService {
  constructor(
    private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly tokens: PasswordTokensService,
    private readonly outbox: AccountOutbox,
    private readonly throttle: AccountThrottle,
  ) {}

  /**
   * Sends a reset link if the address belongs to someone. The caller learns nothing either way:
   * the same answer after the same time, also when the address has had its share of mail.
   */
  async request(email: string, address: string): Promise<void> {
    const answerAt = Date.now() + RESET_ANSWER_MS;
    try {
      if (!(await this.throttle.reserve(THROTTLE.resetPerAddress, address))) {
        throw new DomainError(ErrorCode.TOO_MANY_REQUESTS, {
          message: 'password.tooManyRequests',
          params: { minutes: THROTTLE.resetPerAddress.windowMinutes },
        });
      }
      const normalized = email.trim().toLowerCase();
      if (await this.throttle.reserve(THROTTLE.resetPerEmail, normalized)) await this.send(normalized);
    } finally {
      await sleep(Math.max(0, answerAt - Date.now()));
    }
  }

  private async send(email: string): Promise<void> {
    const [user] = (await this.db.query(`SELECT id FROM app_user WHERE lower(email) = $1`, [email])) as {
      id: string;
    }[];
    if (!user) return;
    await this.db.transaction(async (tx) => {
      const person = await accountHolder(tx, user.id);
      const token = await this.tokens.issue(tx, person.id, PasswordTokenPurpose.RESET);
      const message = composePasswordReset(
        person,
        passwordLink(this.config.publicUrl, token),
        TOKEN_LIFETIME_MINUTES[PasswordTokenPurpose.RESET],
      );
      // Belongs to no group: no secretary or chair ever sees it (README, "Password mail without a mail server").
      await this.outbox.write(tx, OutboxKind.PASSWORD_RESET, person, null, message);
    });
    this.outbox.deliver();
  }
}
