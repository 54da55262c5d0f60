import { registerDecorator, type ValidationOptions } from 'class-validator';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
export const ISO_DATE_RANGE = { from: '1900-01-01', to: '2200-12-31' } as const;

/** Whether year-month-day names a day the calendar has (no 30 February, no month 13). */
export function isCalendarDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function dateParts(value: unknown): [number, number, number] | null {
  const match = typeof value === 'string' ? ISO_DATE.exec(value) : null;
  return match ? [Number(match[1]), Number(match[2]), Number(match[3])] : null;
}

function check(name: string, validate: (value: unknown) => boolean, options?: ValidationOptions) {
  return (object: object, propertyName: string) =>
    registerDecorator({ name, target: object.constructor, propertyName, options, validator: { validate } });
}

/**
 * A calendar date `YYYY-MM-DD` that exists, between 1900 and 2200. Each check judges only its own
 * aspect, so the person reads the one message that is true: the format, a day the calendar lacks
 * (2031-02-30), or a year out of range (9999-01-01).
 */
export function IsIsoDate(options?: ValidationOptions) {
  const format = check('isIsoDate', (value) => dateParts(value) !== null, options);
  const exists = check(
    'isExistingDate',
    (value) => {
      const parts = dateParts(value);
      return parts === null || isCalendarDate(...parts);
    },
    options,
  );
  const inRange = check(
    'isIsoDateInRange',
    (value) => {
      const parts = dateParts(value);
      if (parts === null || !isCalendarDate(...parts)) return true;
      return (value as string) >= ISO_DATE_RANGE.from && (value as string) <= ISO_DATE_RANGE.to;
    },
    options,
  );
  return (object: object, propertyName: string) => {
    format(object, propertyName);
    exists(object, propertyName);
    inRange(object, propertyName);
  };
}
