import { isIsoDate } from '@elinvoima/domain';

/**
 * What is wrong with a date field's value (`yyyy-MM-dd`, or the text as typed when it is no date):
 * nothing for an empty field, whose need is the form's to judge.
 */
export function dateProblem(value: string, min?: string, max?: string): 'invalid' | 'outOfRange' | null {
  if (!value) return null;
  if (!isIsoDate(value)) return 'invalid';
  if ((min && value < min) || (max && value > max)) return 'outOfRange';
  return null;
}
