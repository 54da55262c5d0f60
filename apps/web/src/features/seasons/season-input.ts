import { parseClockInput } from '@elinvoima/domain';
import type { PlanSeasonInput, SeasonRuleType } from '@elinvoima/graphql';

/** The planning request from the rule form; the typed dates are already read as YYYY-MM-DD. */
export function seasonInput(groupId: string, rule: SeasonRuleType, form: FormData, dates: string[]): PlanSeasonInput {
  const number = (name: string) => Number(form.get(name));
  return {
    groupId,
    from: String(form.get('from')),
    to: String(form.get('to')),
    // `14:00` or `9` are sent as 14.00 and 9.00; what is no time goes as typed, for the API to name.
    startTime: parseClockInput(String(form.get('startTime'))) ?? String(form.get('startTime')),
    durationMinutes: number('durationMinutes'),
    rule:
      rule === 'DATES'
        ? { type: rule, dates }
        : rule === 'EVERY_N_WEEKS'
          ? { type: rule, weekday: number('weekday'), interval: number('interval') }
          : { type: rule, weekday: number('weekday'), nth: number('nth') },
  };
}
