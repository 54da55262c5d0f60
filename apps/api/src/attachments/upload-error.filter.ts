import { Catch, type HttpException, HttpStatus } from '@nestjs/common';
import { type Refusal, RestErrorFilter } from '../http/rest-error.filter.js';
import { ATTACHMENT_MAX_MEGABYTES } from './attachment-limits.js';

/** The file routes' errors, with the upload parser's refusals told as being about the `file` part. */
@Catch()
export class UploadErrorFilter extends RestErrorFilter {
  protected override refusalOf(exception: HttpException): Refusal {
    return exception.getStatus() === HttpStatus.PAYLOAD_TOO_LARGE
      ? { key: 'attachment.tooLarge', params: { megabytes: ATTACHMENT_MAX_MEGABYTES }, field: 'file' }
      : { key: 'attachment.missingFile', params: {}, field: 'file' };
  }
}
