import { registerDecorator, type ValidationOptions } from 'class-validator';

/** A wall-clock time as Finns write it, `14.00` (or `14:00`). */
export function IsClockTime(options?: ValidationOptions) {
  return (object: object, propertyName: string) =>
    registerDecorator({
      name: 'isClockTime',
      target: object.constructor,
      propertyName,
      options,
      validator: {
        validate: (value: unknown) => typeof value === 'string' && /^([01]?\d|2[0-3])[.:][0-5]\d$/.test(value),
      },
    });
}
