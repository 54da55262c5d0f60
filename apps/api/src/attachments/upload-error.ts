import { HttpException } from '@nestjs/common';
import type { MessageKey } from '../i18n/fi.js';
import type { MessageParams } from '../i18n/translate.js';

/** A refused upload: its HTTP status and the message the user gets, for the `file` field unless told. */
export class UploadError extends HttpException {
  constructor(
    status: number,
    readonly messageKey: MessageKey,
    readonly params: MessageParams = {},
    readonly field: string | null = 'file',
  ) {
    super(messageKey, status);
  }
}
