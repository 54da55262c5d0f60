import { formatDateTime, type Locale } from '@elinvoima/domain';
import { translate } from '../i18n/translate.js';
import { type ComposedMessage, escapeHtml } from '../mail/invitation-message.js';

interface Recipient {
  name: string;
  email: string;
  locale: Locale;
}

function compose(
  locale: Locale,
  subject: string,
  paragraphs: string[],
  link: string,
  action: string,
  after: string[] = [],
): ComposedMessage {
  const signature = translate('accountMail.signature', {}, locale);
  const text = [
    ...paragraphs.flatMap((p) => [p, '']),
    `${action}: ${link}`,
    '',
    ...after.flatMap((p) => [p, '']),
    '-- ',
    signature,
  ].join('\n');
  const html = `<!doctype html>
<html lang="${locale}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>
<body style="font-family: Arial, sans-serif; color: #1a1a1a; line-height: 1.5">
${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
<p><a href="${escapeHtml(link)}">${escapeHtml(action)}</a></p>
${after.map((p) => `<p style="color: #555">${escapeHtml(p)}</p>`).join('\n')}
</body></html>`;
  return { subject, text, html };
}

/** A new member's welcome with the one-time link for setting a first password, in their language. */
export function composeSignInInvitation(to: Recipient, groupName: string, link: string, days: number): ComposedMessage {
  const t = (key: Parameters<typeof translate>[0], params: Record<string, string | number> = {}) =>
    translate(key, params, to.locale);
  return compose(
    to.locale,
    t('accountMail.invitationSubject', { group: groupName }),
    [
      t('mail.greeting', { name: to.name }),
      t('accountMail.invitationLead', { group: groupName }),
      t('accountMail.invitationAction', { days }),
      t('accountMail.username', { email: to.email }),
    ],
    link,
    t('accountMail.setPassword'),
  );
}

/** The "forgot password" link, in the person's language. */
export function composePasswordReset(to: Recipient, link: string, minutes: number): ComposedMessage {
  const t = (key: Parameters<typeof translate>[0], params: Record<string, string | number> = {}) =>
    translate(key, params, to.locale);
  return compose(
    to.locale,
    t('accountMail.resetSubject'),
    [t('mail.greeting', { name: to.name }), t('accountMail.resetLead'), t('accountMail.resetAction', { minutes })],
    link,
    t('accountMail.chooseNewPassword'),
    [t('accountMail.resetIgnore')],
  );
}

/** Tells the person their password was changed (ASVS 2.2.3), with where to turn if it was not them. No secret in it. */
export function composePasswordChanged(to: Recipient, when: Date, forgotLink: string): ComposedMessage {
  const t = (key: Parameters<typeof translate>[0], params: Record<string, string | number> = {}) =>
    translate(key, params, to.locale);
  return compose(
    to.locale,
    t('accountMail.changedSubject'),
    [
      t('mail.greeting', { name: to.name }),
      t('accountMail.changedLead', { when: formatDateTime(when, to.locale) }),
      t('accountMail.changedAction'),
    ],
    forgotLink,
    t('accountMail.forgotPassword'),
  );
}
