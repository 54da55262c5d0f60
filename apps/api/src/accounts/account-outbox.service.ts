import { Locale } from '@elinvoima/domain';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { ComposedMessage } from '../mail/invitation-message.js';
import { OutboxDispatcher } from '../mail/outbox-dispatcher.service.js';
import { type OutboxKind, OutboxMessageEntity, OutboxStatus } from '../mail/outbox-message.entity.js';

export interface AccountHolder {
  id: string;
  name: string;
  email: string;
  locale: Locale;
}

/** Reads a person as account mail needs them; the stored locale is `fi` or `en`. */
export async function accountHolder(
  tx: EntityManager,
  userId: string,
): Promise<AccountHolder & { hasPassword: boolean }> {
  const [row] = (await tx.query(
    `SELECT id, name, email, locale, password_hash IS NOT NULL AS has_password FROM app_user WHERE id = $1`,
    [userId],
  )) as { id: string; name: string; email: string; locale: string; has_password: boolean }[];
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    locale: row.locale === Locale.EN ? Locale.EN : Locale.FI,
    hasPassword: row.has_password,
  };
}

/** Writes account mail into the outbox in the caller's transaction; it leaves like any other message. */
@Injectable()
export class AccountOutbox {
  constructor(private readonly dispatcher: OutboxDispatcher) {}

  async write(
    tx: EntityManager,
    kind: OutboxKind,
    to: AccountHolder,
    groupId: string | null,
    message: ComposedMessage,
  ): Promise<void> {
    await tx.getRepository(OutboxMessageEntity).insert({
      groupId,
      meetingId: null,
      kind,
      recipientUserId: to.id,
      recipientEmail: to.email,
      recipientName: to.name,
      locale: to.locale,
      subject: message.subject,
      textBody: message.text,
      htmlBody: message.html,
      ics: null,
      icsMethod: null,
      // Without a mail server the message waits where someone allowed to can forward it.
      status: this.dispatcher.sends ? OutboxStatus.PENDING : OutboxStatus.HELD,
    });
  }

  /** Sends what was written, once the caller's transaction has committed. */
  deliver(): void {
    this.dispatcher.kick();
  }
}
