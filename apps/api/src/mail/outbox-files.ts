import { zipSync } from 'fflate';
import { sanitizeFileName } from '../http/file-name.js';
import { translate } from '../i18n/translate.js';
import type { Locale } from '@elinvoima/domain';
import { emlOf, type MailOrigin } from './outbox-mail.js';
import { OutboxKind, type OutboxMessageEntity } from './outbox-message.entity.js';

export const EML = { extensions: ['eml'], mime: 'message/rfc822' } as const;
export const ICS = { extensions: ['ics'], mime: 'text/calendar; charset=utf-8' } as const;
export const ZIP = { extensions: ['zip'], mime: 'application/zip' } as const;

const KIND_FILE_NAME = {
  [OutboxKind.INVITATION]: 'outbox.file.INVITATION',
  [OutboxKind.UPDATE]: 'outbox.file.UPDATE',
  [OutboxKind.CANCELLATION]: 'outbox.file.CANCELLATION',
  [OutboxKind.SIGN_IN_INVITATION]: 'outbox.file.SIGN_IN_INVITATION',
} as const;

/** `kokouskutsu - Matti Jäsen.eml`: what the message is and to whom, safe on every system. */
export function messageFileName(
  message: Pick<OutboxMessageEntity, 'kind' | 'recipientName' | 'recipientEmail'>,
  type: { extensions: readonly string[] },
  locale: Locale,
): string {
  const kind = message.kind in KIND_FILE_NAME ? KIND_FILE_NAME[message.kind as keyof typeof KIND_FILE_NAME] : null;
  const label = kind ? translate(kind, {}, locale) : message.kind.toLowerCase();
  // An address's @ is kept: it is allowed in file names everywhere.
  return sanitizeFileName(`${label} - ${message.recipientName || message.recipientEmail}.${type.extensions[0]}`, type);
}

/**
 * The messages as one `.zip` of `.eml` files, one per message: unpacked, each opens in Outlook
 * or Thunderbird as a message ready to send. Names are unique within the archive.
 */
export async function emlArchiveOf(
  messages: OutboxMessageEntity[],
  origin: MailOrigin,
  locale: Locale,
): Promise<Buffer> {
  const files: Record<string, [Uint8Array, { mtime: Date }]> = {};
  for (const message of messages) {
    const name = messageFileName(message, EML, locale);
    let unique = name;
    for (let n = 2; unique in files; n += 1) unique = name.replace(/\.eml$/, ` (${n}).eml`);
    files[unique] = [await emlOf(message, origin), { mtime: message.createdAt }];
  }
  return Buffer.from(zipSync(files, { level: 6 }));
}
