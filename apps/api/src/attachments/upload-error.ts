import { RequestError } from '../http/request-error.js';
import type { MessageKey } from '../i18n/fi.js';
import type { MessageParams } from '../i18n/translate.js';

/** A refused upload: its HTTP status and the message the user gets, for the `file` field unless told. */
export class UploadError extends RequestError {
  constructor(status: number, messageKey: MessageKey, params: MessageParams = {}, field: string | null = 'file') {
    super(status, messageKey, params, field);
  }
}
