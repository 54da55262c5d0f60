import { GraphQLScalarType, Kind } from 'graphql';
import { isCalendarDate } from './iso-date.js';

const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](\d{2}):(\d{2}))$/i;

/**
 * An ISO 8601 date-time with an offset, as written, or an invalid Date. `new Date` would roll
 * 2031-02-30 over to 2 March; here a day the calendar lacks, an hour 25 or a bare number is invalid.
 */
export function parseIsoDateTime(value: unknown): Date {
  const match = typeof value === 'string' ? ISO_DATE_TIME.exec(value) : null;
  if (!match) return new Date(Number.NaN);
  const [year, month, day, hour, minute, second = 0, offsetHours = 0, offsetMinutes = 0] = match
    .slice(1)
    .map((part) => Number(part ?? 0));
  const valid =
    isCalendarDate(year, month, day) &&
    hour < 24 &&
    minute < 60 &&
    second < 60 &&
    offsetHours < 24 &&
    offsetMinutes < 60;
  return valid ? new Date(value as string) : new Date(Number.NaN);
}

/**
 * Nest's `DateTime` with strict parsing. A value that is not a real date-time becomes an invalid
 * Date, which the inputs' validation reports as a field-level error instead of a coercion failure.
 */
export const StrictDateTime = new GraphQLScalarType({
  name: 'DateTime',
  description: 'A date-time string at UTC, such as 2019-12-03T09:54:33Z, compliant with the date-time format.',
  parseValue: parseIsoDateTime,
  serialize: (value) => (value instanceof Date ? value.toISOString() : null),
  parseLiteral: (ast) => (ast.kind === Kind.STRING ? parseIsoDateTime(ast.value) : new Date(Number.NaN)),
});
