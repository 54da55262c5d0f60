import { ErrorCode } from '@elinvoima/domain';
import { type ArgumentMetadata, Injectable, type PipeTransform } from '@nestjs/common';
import { translate } from '../i18n/translate.js';
import { DomainError, type FieldError } from './domain-error.js';

/** A NUL (PostgreSQL text cannot hold it) or a UTF-16 surrogate without its pair (no UTF-8 form). */
// eslint-disable-next-line no-control-regex -- the NUL is what it looks for
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function isWellFormedText(text: string): boolean {
  return !UNSTORABLE.test(text);
}

function collect(value: unknown, path: string, out: FieldError[]): void {
  if (typeof value === 'string') {
    if (!isWellFormedText(value)) out.push({ field: path, message: translate('validation.isWellFormedText') });
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => collect(item, path ? `${path}.${index}` : String(index), out));
  } else if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    for (const [key, item] of Object.entries(value)) collect(item, path ? `${path}.${key}` : key, out);
  }
}

/**
 * Refuses text no column can store, field by field, before any validator or query sees it
 * (a lone surrogate used to crash the email validator; a NUL reached the INSERT).
 */
@Injectable()
export class WellFormedTextPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    // GraphQL arguments arrive as 'body'; a file route's path parameter is only looked up, never stored.
    if (metadata.type !== 'body') return value;
    const fields: FieldError[] = [];
    // A scalar argument is named by the argument; an input object's fields by their own paths.
    collect(value, typeof value === 'string' ? (metadata.data ?? '') : '', fields);
    if (fields.length > 0) throw new DomainError(ErrorCode.BAD_USER_INPUT, { fields });
    return value;
  }
}
