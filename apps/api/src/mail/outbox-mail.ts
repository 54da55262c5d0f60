import MailComposer, { type MailComposerOptions } from 'nodemailer/lib/mail-composer';
import type { OutboxMessageEntity } from './outbox-message.entity.js';

/** What of a stored message goes into the mail itself. */
export type MailableMessage = Pick<
  OutboxMessageEntity,
  'id' | 'recipientEmail' | 'recipientName' | 'subject' | 'textBody' | 'htmlBody' | 'ics' | 'icsMethod' | 'createdAt'
>;

/** Where the mail comes from: the sender and the domain of its Message-IDs. */
export interface MailOrigin {
  from: string;
  domain: string;
}

/** The domain of the sender address, for Message-IDs: `Elinvoima <noreply@kunta.fi>` → `kunta.fi`. */
export function mailDomainOf(mailFrom: string): string {
  const address = /<([^>]+)>/.exec(mailFrom)?.[1] ?? mailFrom.trim();
  return address.slice(address.lastIndexOf('@') + 1) || 'localhost';
}

/** The same for every attempt at one message, so that a repeat is recognisable as one. */
export function messageIdOf(outboxId: string, domain: string): string {
  return `<${outboxId}@${domain}>`;
}

/**
 * The one description of a stored message as mail, for the mail server and for the `.eml` a
 * secretary downloads alike: plain text and HTML, with the calendar entry both as a
 * `text/calendar` alternative (which mail programs offer to accept) and as an `.ics` attachment.
 */
export function mailOptionsOf(message: MailableMessage, origin: MailOrigin): MailComposerOptions {
  return {
    from: origin.from,
    messageId: messageIdOf(message.id, origin.domain),
    to: message.recipientName
      ? { name: message.recipientName, address: message.recipientEmail }
      : message.recipientEmail,
    subject: message.subject,
    text: message.textBody,
    html: message.htmlBody ?? undefined,
    icalEvent: message.ics
      ? { method: message.icsMethod ?? 'REQUEST', filename: 'kutsu.ics', content: message.ics }
      : undefined,
    // Nothing in a stored message may make the composer read a file or fetch an address.
    disableFileAccess: true,
    disableUrlAccess: true,
  };
}

/**
 * The message as an RFC 5322 file to open in a mail program and send from there. `X-Unsent: 1`
 * makes Outlook open it as a draft ready to send; the Date is when the message was written, so
 * the file is the same however often it is downloaded.
 */
export async function emlOf(message: MailableMessage, origin: MailOrigin): Promise<Buffer> {
  const options: MailComposerOptions = {
    ...mailOptionsOf(message, origin),
    date: message.createdAt,
    headers: { 'X-Unsent': '1' },
  };
  return new MailComposer(options).compile().build();
}
