import { useLazyQuery, useMutation, useQuery } from '@apollo/client/react';
import { formatDateTime, themeName } from '@elinvoima/domain';
import { ConfirmSeasonDocument, type MeetingKind, type PlanSeasonQuery, PlanSeasonDocument, type SeasonRuleType, ThemesDocument } from '@elinvoima/graphql';
import { type FormEvent, useId, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useI18n } from '../../i18n/i18n';
import { apiError, type ApiError, fieldMessage } from '../../lib/errors';
import { usePageTitle } from '../../ui/page-title';
import { TextField } from '../../ui/text-field';
import { parseFinnishDates } from './parse-dates';

const KINDS: MeetingKind[] = ['REGULAR', 'THEME', 'REVIEW', 'OTHER'];
interface Row {
  include: boolean;
  title: string;
  kind: MeetingKind;
  themeId: string;
}

export function SeasonPlannerPage() {
  const { groupId = '' } = useParams();
  const { t, locale } = useI18n();
  usePageTitle(t('season.title'));
  const navigate = useNavigate();
  const ids = { rule: useId(), weekday: useId(), nth: useId(), dates: useId(), rows: useId() };
  const { data: themes } = useQuery(ThemesDocument, { variables: { groupId } });
  const [plan, { data, loading }] = useLazyQuery(PlanSeasonDocument, { fetchPolicy: 'network-only' });
  const [confirm, { loading: creating }] = useMutation(ConfirmSeasonDocument);
  const [rule, setRule] = useState<SeasonRuleType>('DATES');
  const [error, setError] = useState<ApiError | null>(null);
  const [rows, setRows] = useState<Row[]>([]);
  const [proposals, setProposals] = useState<PlanSeasonQuery['planSeason']>([]);

  async function propose(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setError(null);
    const dates = parseFinnishDates(String(form.get('dates') ?? ''));
    if (rule === 'DATES' && dates.invalid.length) {
      setError({ code: 'BAD_USER_INPUT', message: '', fields: [{ field: 'dates', message: t('season.invalidDate', { value: dates.invalid[0] }) }] });
      return;
    }
    const number = (name: string) => Number(form.get(name));
    try {
      const result = await plan({
        variables: {
          input: {
            groupId,
            from: String(form.get('from')),
            to: String(form.get('to')),
            startTime: String(form.get('startTime')),
            durationMinutes: number('durationMinutes'),
            rule:
              rule === 'DATES'
                ? { type: rule, dates: dates.valid }
                : rule === 'EVERY_N_WEEKS'
                  ? { type: rule, weekday: number('weekday'), interval: number('interval') }
                  : { type: rule, weekday: number('weekday'), nth: number('nth') },
          },
        },
      });
      if (result.error) throw result.error;
      const found = result.data?.planSeason ?? [];
      setProposals(found);
      setRows(found.map((p) => ({ include: !p.skippedBecause, title: t('kind.REGULAR'), kind: 'REGULAR', themeId: '' })));
    } catch (failure) {
      setError(apiError(failure) ?? { code: 'NETWORK', message: t('error.network'), fields: [] });
    }
  }

  async function create() {
    const meetings = proposals
      .map((p, i) => ({ p, row: rows[i] }))
      .filter(({ row }) => row.include)
      .map(({ p, row }) => ({ title: row.title, kind: row.kind, startsAt: p.startsAt, endsAt: p.endsAt, themeIds: row.themeId ? [row.themeId] : [] }));
    setError(null);
    try {
      await confirm({ variables: { input: { groupId, meetings } } });
      navigate(`/ryhmat/${groupId}/kokoukset`);
    } catch (failure) {
      setError(apiError(failure) ?? { code: 'NETWORK', message: t('error.network'), fields: [] });
    }
  }

  const update = (index: number, change: Partial<Row>) => setRows((current) => current.map((row, i) => (i === index ? { ...row, ...change } : row)));
  const included = rows.filter((r) => r.include).length;
  const fieldProblem = (name: string) => fieldMessage(error, name);

  return (
    <article>
      <header className="page-header">
        <h1>{t('season.title')}</h1>
        <p>{t('season.intro')}</p>
      </header>
      <section className="panel">
        <form onSubmit={propose} noValidate className="form form--inline">
          <div className="form-row">
            <TextField name="from" type="date" label={t('season.from')} required defaultValue="2018-10-01" error={fieldProblem('from')} />
            <TextField name="to" type="date" label={t('season.to')} required defaultValue="2018-12-31" error={fieldProblem('to')} />
          </div>
          <div className="field">
            <label htmlFor={ids.rule}>{t('season.rule')}</label>
            <select id={ids.rule} value={rule} onChange={(e) => setRule(e.target.value as SeasonRuleType)}>
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
                <TextField name="interval" type="number" min={1} max={52} label={t('season.interval')} defaultValue="4" error={fieldProblem('interval')} />
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
          )}
          <div className="form-row">
            <TextField name="startTime" label={t('season.startTime')} required defaultValue="14.00" error={fieldProblem('startTime')} />
            <TextField name="durationMinutes" type="number" min={15} max={1440} label={t('season.duration')} required defaultValue="120" error={fieldProblem('durationMinutes')} />
          </div>
          <div role="alert">{error && !error.fields.length && error.message && <p className="notice notice--error">{error.message}</p>}</div>
          <button type="submit" className="button button--primary" disabled={loading} aria-busy={loading}>
            {loading ? t('season.proposing') : t('season.propose')}
          </button>
        </form>
      </section>
      {data && (
        <section className="panel" aria-labelledby="proposals-heading">
          <h2 id="proposals-heading">{t('season.proposals')}</h2>
          {proposals.length === 0 ? (
            <p className="empty-state">{t('season.noProposals')}</p>
          ) : (
            <ol className="proposals">
              {proposals.map((p, i) => (
                <li key={p.date} className={`proposal${p.skippedBecause ? ' proposal--skipped' : ''}`}>
                  <fieldset>
                    <legend>{formatDateTime(p.startsAt, locale)}</legend>
                    {p.skippedBecause && <p className="proposal__note">{t('season.skipped', { reason: p.skippedBecause })}</p>}
                    {p.conflicts.map((c) => (
                      <p key={c.description} className="proposal__conflict">
                        ⚠ {c.description}
                      </p>
                    ))}
                    <div className="form-row">
                      <label className="choice">
                        <input type="checkbox" checked={rows[i]?.include ?? false} onChange={(e) => update(i, { include: e.target.checked })} /> {t('season.include')}
                      </label>
                      <div className="field">
                        <label htmlFor={`${ids.rows}-${i}-title`}>{t('season.meetingTitle')}</label>
                        <input id={`${ids.rows}-${i}-title`} value={rows[i]?.title ?? ''} onChange={(e) => update(i, { title: e.target.value })} disabled={!rows[i]?.include} />
                      </div>
                      <div className="field">
                        <label htmlFor={`${ids.rows}-${i}-kind`}>{t('season.meetingKind')}</label>
                        <select
                          id={`${ids.rows}-${i}-kind`}
                          value={rows[i]?.kind}
                          onChange={(e) => update(i, { kind: e.target.value as MeetingKind, title: t(`kind.${e.target.value as MeetingKind}`) })}
                          disabled={!rows[i]?.include}
                        >
                          {KINDS.map((k) => (
                            <option key={k} value={k}>
                              {t(`kind.${k}`)}
                            </option>
                          ))}
                        </select>
                      </div>
                      <div className="field">
                        <label htmlFor={`${ids.rows}-${i}-theme`}>{t('season.theme')}</label>
                        <select id={`${ids.rows}-${i}-theme`} value={rows[i]?.themeId} onChange={(e) => update(i, { themeId: e.target.value })} disabled={!rows[i]?.include}>
                          <option value="">{t('season.noTheme')}</option>
                          {themes?.themes.map((th) => (
                            <option key={th.id} value={th.id}>
                              {themeName(th, locale)}
                            </option>
                          ))}
                        </select>
                      </div>
                    </div>
                    {error?.fields
                      .filter((f) => f.field.startsWith(`meetings.${rows.slice(0, i).filter((r) => r.include).length}.`) && rows[i]?.include)
                      .map((f) => (
                        <p key={f.field} className="field__error">
                          {f.message}
                        </p>
                      ))}
                  </fieldset>
                </li>
              ))}
            </ol>
          )}
          {included > 0 && (
            <button type="button" className="button button--primary" onClick={create} disabled={creating} aria-busy={creating}>
              {creating ? t('season.creating') : t('season.confirm', { count: included })}
            </button>
          )}
        </section>
      )}
    </article>
  );
}
