import { HttpException } from '@nestjs/common';
import type { MessageKey } from '../i18n/fi.js';
import type { MessageParams } from '../i18n/translate.js';

/** A plain HTTP request refused for its input: its status and the message the user gets, for `field` if any. */
export class RequestError extends HttpException {
  constructor(
    status: number,
    readonly messageKey: MessageKey,
    readonly params: MessageParams = {},
    readonly field: string | null = null,
  ) {
    super(messageKey, status);
  }
}
