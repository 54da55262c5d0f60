import { type CanActivate, type ExecutionContext, HttpStatus, Injectable } from '@nestjs/common';
import type { Request } from 'express';
import {
  ATTACHMENT_MAX_BYTES,
  ATTACHMENT_MAX_MEGABYTES,
  MULTIPART_OVERHEAD_BYTES,
  UPLOAD_HEADER,
} from './attachment-limits.js';
import { UploadError } from './upload-error.js';

/**
 * Runs before the body is read. Refuses uploads without the custom header (so a cross-site form
 * cannot post one with the user's cookie), and bodies that announce more than the limit allows.
 */
@Injectable()
export class UploadRequestGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const req = context.switchToHttp().getRequest<Request>();
    if (!req.header(UPLOAD_HEADER)) {
      throw new UploadError(HttpStatus.BAD_REQUEST, 'attachment.missingHeader', {}, null);
    }
    const length = Number(req.header('content-length'));
    if (Number.isFinite(length) && length > ATTACHMENT_MAX_BYTES + MULTIPART_OVERHEAD_BYTES) {
      // Read and drop the rest, so the client gets the answer instead of a reset connection.
      req.resume();
      throw new UploadError(HttpStatus.PAYLOAD_TOO_LARGE, 'attachment.tooLarge', {
        megabytes: ATTACHMENT_MAX_MEGABYTES,
      });
    }
    return true;
  }
}
