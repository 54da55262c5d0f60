/** The web client's page for setting a password. The token rides in the fragment, which browsers never send to a server. */
export function passwordLink(publicUrl: string, token: string): string {
  return `${publicUrl}/salasana#${token}`;
}

/** The web client's "forgot password" page, for mail that tells where to turn. */
export function forgotPasswordLink(publicUrl: string): string {
  return `${publicUrl}/unohtunut-salasana`;
}

const LINK = /https?:\/\/\S+\/salasana#[A-Za-z0-9_-]+/g;

/** The text with every one-time password link replaced, for showing a message to someone other than its recipient. */
export function withoutPasswordLinks(text: string, replacement: string): string {
  return text.replace(LINK, replacement);
}
