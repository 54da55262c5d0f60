import type { SeasonRuleType } from '@elinvoima/graphql';
import { useId } from 'react';
import { useI18n } from '../../i18n/i18n';
import { fieldMessage } from '../../lib/errors';
import { DateField } from '../../ui/date-field';
import { TextField } from '../../ui/text-field';
import type { SeasonPlanner } from './use-season-planner';

/** The season's range and rule; the seed autumn's dates are the defaults. */
export function SeasonRuleForm({ planner }: { planner: SeasonPlanner }) {
  const { t } = useI18n();
  const ids = { rule: useId(), dates: useId() };
  const { rule, error, proposing } = planner;
  const fieldProblem = (name: string) => fieldMessage(error, name);
  return (
    <form onSubmit={planner.propose} noValidate className="form form--inline">
      <div className="form-row">
        <DateField
          name="from"
          label={t('season.from')}
          required
          defaultValue="2018-10-01"
          error={fieldProblem('from')}
        />
        <DateField name="to" label={t('season.to')} required defaultValue="2018-12-31" error={fieldProblem('to')} />
      </div>
      <div className="field">
        <label htmlFor={ids.rule}>{t('season.rule')}</label>
        <select id={ids.rule} value={rule} onChange={(e) => planner.setRule(e.target.value as SeasonRuleType)}>
          <option value="DATES">{t('season.ruleDates')}</option>
          <option value="EVERY_N_WEEKS">{t('season.ruleEveryNWeeks')}</option>
          <option value="NTH_WEEKDAY_OF_MONTH">{t('season.ruleNthWeekday')}</option>
        </select>
      </div>
      {rule === 'DATES' ? (
        <div className={`field${fieldProblem('dates') ? ' field--invalid' : ''}`}>
          <label htmlFor={ids.dates}>{t('season.dates')}</label>
          <textarea id={ids.dates} name="dates" rows={4} defaultValue={'24.10.2018\n21.11.2018\n11.12.2018'} />
          {fieldProblem('dates') && <p className="field__error">{fieldProblem('dates')}</p>}
        </div>
      ) : (
        <WeekdayRule rule={rule} intervalError={fieldProblem('interval')} />
      )}
      <div className="form-row">
        <TextField
          name="startTime"
          inputMode="decimal"
          autoComplete="off"
          label={t('season.startTime')}
          required
          defaultValue="14.00"
          error={fieldProblem('startTime')}
        />
        <TextField
          name="durationMinutes"
          type="number"
          min={15}
          max={1440}
          label={t('season.duration')}
          required
          defaultValue="120"
          error={fieldProblem('durationMinutes')}
        />
      </div>
      <div role="alert">
        {error && !error.fields.length && error.message && <p className="notice notice--error">{error.message}</p>}
      </div>
      <button type="submit" className="button button--primary" disabled={proposing} aria-busy={proposing}>
        {proposing ? t('season.proposing') : t('season.propose')}
      </button>
    </form>
  );
}

/** Every n weeks on a weekday, or the nth (or last) such weekday of each month. */
function WeekdayRule({ rule, intervalError }: { rule: SeasonRuleType; intervalError: string | undefined }) {
  const { t } = useI18n();
  const ids = { weekday: useId(), nth: useId() };
  return (
    <div className="form-row">
      <div className="field">
        <label htmlFor={ids.weekday}>{t('season.weekday')}</label>
        <select id={ids.weekday} name="weekday" defaultValue="3">
          {[1, 2, 3, 4, 5, 6, 7].map((d) => (
            <option key={d} value={d}>
              {t(`weekday.${d}` as 'weekday.1')}
            </option>
          ))}
        </select>
      </div>
      {rule === 'EVERY_N_WEEKS' ? (
        <TextField
          name="interval"
          type="number"
          min={1}
          max={52}
          label={t('season.interval')}
          defaultValue="4"
          error={intervalError}
        />
      ) : (
        <div className="field">
          <label htmlFor={ids.nth}>{t('season.nth')}</label>
          <select id={ids.nth} name="nth" defaultValue="4">
            {[1, 2, 3, 4].map((n) => (
              <option key={n} value={n}>
                {n}.
              </option>
            ))}
            <option value={-1}>{t('season.last')}</option>
          </select>
        </div>
      )}
    </div>
  );
}
