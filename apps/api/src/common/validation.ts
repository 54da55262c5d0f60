import { ErrorCode } from '@elinvoima/domain';
import { getMetadataStorage, type ValidationError } from 'class-validator';
import { translate } from '../i18n/translate.js';
import { isMessageKey } from '../i18n/translate.js';
import { DomainError, type FieldError } from './domain-error.js';

/** The numbers a constraint was declared with (e.g. 200 for `@MaxLength(200)`), for the message. */
function constraintArgs(target: object | undefined, property: string, constraint: string): unknown[] {
  if (!target) return [];
  const metadata = getMetadataStorage()
    .getTargetValidationMetadatas(target.constructor, '', true, false)
    .find((m) => m.propertyName === property && (m.name ?? '').toLowerCase() === constraint.toLowerCase());
  return metadata?.constraints ?? [];
}

function collect(errors: ValidationError[], prefix: string, out: FieldError[]): void {
  for (const error of errors) {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const [constraint] = Object.keys(error.constraints ?? {});
    if (constraint) {
      const key = `validation.${constraint}`;
      const args = constraintArgs(error.target, error.property, constraint);
      const params = Object.fromEntries(args.map((value, i) => [String(i), String(value)]));
      out.push({ field, message: isMessageKey(key) ? translate(key, params) : translate('validation.invalid') });
    }
    if (error.children?.length) collect(error.children, field, out);
  }
}

/** Turns class-validator's findings into one BAD_USER_INPUT error with a message per field. */
export function validationErrorFactory(errors: ValidationError[]): DomainError {
  const fields: FieldError[] = [];
  collect(errors, '', fields);
  return new DomainError(ErrorCode.BAD_USER_INPUT, { fields });
}
