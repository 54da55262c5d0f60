import { AGENDA_LIMITS } from '@elinvoima/domain';
import { registerDecorator, type ValidationOptions } from 'class-validator';

function isValidDate(value: unknown): value is Date {
  return value instanceof Date && !Number.isNaN(value.getTime());
}

/**
 * A valid date-time within the years meetings are planned in (2000–2100). A value that is no
 * date at all gets the date message, not the range one.
 */
export function IsInYearRange(options?: ValidationOptions) {
  return (object: object, propertyName: string) => {
    registerDecorator({
      name: 'isDate',
      target: object.constructor,
      propertyName,
      options,
      validator: { validate: isValidDate },
    });
    registerDecorator({
      name: 'isInYearRange',
      target: object.constructor,
      propertyName,
      options,
      validator: {
        validate(value: unknown) {
          if (!isValidDate(value)) return true;
          const year = value.getUTCFullYear();
          return year >= AGENDA_LIMITS.earliestYear && year <= AGENDA_LIMITS.latestYear;
        },
      },
    });
  };
}
