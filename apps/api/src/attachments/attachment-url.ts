import { attachmentPath } from '../agendas/attachment-link.js';

/** Where an attachment is downloaded, relative to the API's origin. */
export function downloadUrlOf(attachmentId: string): string {
  return attachmentPath(attachmentId);
}
