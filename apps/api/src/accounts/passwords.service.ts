import { ErrorCode } from '@elinvoima/domain';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AuthService } from '../auth/auth.service.js';
import { hashPassword, verifyPassword } from '../auth/passwords.js';
import type { Viewer } from '../auth/viewer.js';
import { DomainError } from '../common/domain-error.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/env.js';
import { OutboxKind } from '../mail/outbox-message.entity.js';
import { composePasswordChanged } from './account-mail.js';
import { AccountOutbox, accountHolder } from './account-outbox.service.js';
import { AccountThrottle, THROTTLE } from './account-throttle.service.js';
import { forgotPasswordLink } from './password-link.js';
import { type PasswordOwner, passwordProblem } from './password-policy.js';
import { PasswordLinkState, PasswordTokensService } from './password-tokens.service.js';

function refuseWeak(field: string, password: string, owner: PasswordOwner): void {
  const problem = passwordProblem(password, owner);
  if (problem) throw DomainError.badInput(field, problem.message, problem.params);
}

const linkNotValid = () => DomainError.badInput('token', 'password.linkNotValid');

@Injectable()
export class PasswordsService {
  constructor(
    private readonly db: DataSource,
    private readonly tokens: PasswordTokensService,
    private readonly throttle: AccountThrottle,
    private readonly auth: AuthService,
    private readonly outbox: AccountOutbox,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Sets the password of the link's owner and uses the link up; they then sign in as usual. Returns their email for that. */
  async setWithToken(token: string, password: string): Promise<string> {
    const found = await this.tokens.lookup(token);
    if (found.state !== PasswordLinkState.VALID || !found.userId) throw linkNotValid();
    const owner = await accountHolder(this.db.manager, found.userId);
    // A weak password leaves the link unused, to try again with a better one.
    refuseWeak('password', password, owner);
    const passwordHash = await hashPassword(password);
    await this.db.transaction(async (tx) => {
      // Checked again as it is used up: the link may have been used or replaced meanwhile.
      if ((await this.tokens.consume(tx, token)) !== found.userId) throw linkNotValid();
      await this.replacePassword(tx, owner.id, passwordHash);
    });
    this.outbox.deliver();
    return owner.email;
  }

  /**
   * Changes the viewer's password after checking the current one (re-authentication), ends
   * every session of theirs, and opens a new one for the device that asked.
   */
  async change(viewer: Viewer, currentPassword: string, newPassword: string) {
    const attempt = await this.throttle.reserve(THROTTLE.currentPassword, viewer.user.id);
    if (!attempt) {
      throw new DomainError(ErrorCode.TOO_MANY_REQUESTS, {
        message: 'password.tooManyAttempts',
        params: { minutes: THROTTLE.currentPassword.windowMinutes },
      });
    }
    const [row] = (await this.db.query(`SELECT password_hash FROM app_user WHERE id = $1`, [viewer.user.id])) as {
      password_hash: string | null;
    }[];
    if (!(await verifyPassword(row?.password_hash ?? null, currentPassword)))
      throw DomainError.badInput('currentPassword', 'password.currentWrong');
    await this.throttle.release(attempt);
    refuseWeak('newPassword', newPassword, viewer.user);
    const passwordHash = await hashPassword(newPassword);
    await this.db.transaction((tx) => this.replacePassword(tx, viewer.user.id, passwordHash));
    this.outbox.deliver();
    return this.auth.openSession(viewer.user);
  }

  /**
   * The new password, and nothing that was opened with the old one: sessions and unused links
   * end. A password that replaced another is told to the person by mail, in case it was not them.
   */
  private async replacePassword(tx: EntityManager, userId: string, passwordHash: string): Promise<void> {
    const person = await accountHolder(tx, userId);
    await tx.query(`UPDATE app_user SET password_hash = $2, updated_at = now() WHERE id = $1`, [userId, passwordHash]);
    await tx.query(`DELETE FROM session WHERE user_id = $1`, [userId]);
    await this.tokens.revokeAll(tx, userId);
    if (person.hasPassword) {
      const notice = composePasswordChanged(person, new Date(), forgotPasswordLink(this.config.publicUrl));
      await this.outbox.write(tx, OutboxKind.PASSWORD_CHANGED, person, null, notice);
    }
  }
}
