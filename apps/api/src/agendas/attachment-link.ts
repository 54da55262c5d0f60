/** Where an attachment is downloaded, relative to the app's origin: the agenda's files link here. */
export function attachmentPath(attachmentId: string): string {
  return `/attachments/${attachmentId}`;
}
