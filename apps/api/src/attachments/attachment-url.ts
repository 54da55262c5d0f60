/** Where an attachment is downloaded, relative to the API's origin. */
export function downloadUrlOf(attachmentId: string): string {
  return `/attachments/${attachmentId}`;
}
