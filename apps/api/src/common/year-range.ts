import { AGENDA_LIMITS } from '@elinvoima/domain';
import { registerDecorator, type ValidationOptions } from 'class-validator';

/** A valid date within the years meetings are planned in (2000–2100). */
export function IsInYearRange(options?: ValidationOptions) {
  return (object: object, propertyName: string) =>
    registerDecorator({
      name: 'isInYearRange',
      target: object.constructor,
      propertyName,
      options,
      validator: {
        validate(value: unknown) {
          if (!(value instanceof Date) || Number.isNaN(value.getTime())) return false;
          const year = value.getUTCFullYear();
          return year >= AGENDA_LIMITS.earliestYear && year <= AGENDA_LIMITS.latestYear;
        },
      },
    });
}
