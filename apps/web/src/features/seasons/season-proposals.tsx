import { formatDateTime, themeName } from '@elinvoima/domain';
import type { MeetingKind } from '@elinvoima/graphql';
import { useId } from 'react';
import { useI18n } from '../../i18n/i18n';
import type { SeasonPlanner, SeasonRow } from './use-season-planner';

const KINDS: MeetingKind[] = ['REGULAR', 'THEME', 'REVIEW', 'OTHER'];

/** The proposed dates, each kept or left out, named and typed; then the meetings are created at once. */
export function SeasonProposals({ planner }: { planner: SeasonPlanner }) {
  const { t } = useI18n();
  const { proposals, included, creating } = planner;
  return (
    <section className="panel" aria-labelledby="proposals-heading">
      <h2 id="proposals-heading">{t('season.proposals')}</h2>
      {proposals.length === 0 ? (
        <p className="empty-state">{t('season.noProposals')}</p>
      ) : (
        <ol className="proposals">
          {proposals.map((p, i) => (
            <ProposalRow key={p.date} planner={planner} index={i} />
          ))}
        </ol>
      )}
      {included > 0 && (
        <button
          type="button"
          className="button button--primary"
          onClick={planner.create}
          disabled={creating}
          aria-busy={creating}
        >
          {creating ? t('season.creating') : t('season.confirm', { count: included })}
        </button>
      )}
    </section>
  );
}

function ProposalRow({ planner, index }: { planner: SeasonPlanner; index: number }) {
  const { t, locale } = useI18n();
  const id = useId();
  const proposal = planner.proposals[index];
  const row = planner.rows[index];
  const update = (change: Partial<SeasonRow>) => planner.updateRow(index, change);
  return (
    <li className={`proposal${proposal.skippedBecause ? ' proposal--skipped' : ''}`}>
      <fieldset>
        <legend>{formatDateTime(proposal.startsAt, locale)}</legend>
        {proposal.skippedBecause && (
          <p className="proposal__note">{t('season.skipped', { reason: proposal.skippedBecause })}</p>
        )}
        {proposal.conflicts.map((c) => (
          <p key={c.description} className="proposal__conflict">
            ⚠ {c.description}
          </p>
        ))}
        <div className="form-row">
          <label className="choice">
            <input
              type="checkbox"
              checked={row?.include ?? false}
              onChange={(e) => update({ include: e.target.checked })}
            />{' '}
            {t('season.include')}
          </label>
          <div className="field">
            <label htmlFor={`${id}-title`}>{t('season.meetingTitle')}</label>
            <input
              id={`${id}-title`}
              value={row?.title ?? ''}
              onChange={(e) => update({ title: e.target.value })}
              disabled={!row?.include}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-kind`}>{t('season.meetingKind')}</label>
            <select
              id={`${id}-kind`}
              value={row?.kind}
              onChange={(e) =>
                update({ kind: e.target.value as MeetingKind, title: t(`kind.${e.target.value as MeetingKind}`) })
              }
              disabled={!row?.include}
            >
              {KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`kind.${k}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-theme`}>{t('season.theme')}</label>
            <select
              id={`${id}-theme`}
              value={row?.themeId}
              onChange={(e) => update({ themeId: e.target.value })}
              disabled={!row?.include}
            >
              <option value="">{t('season.noTheme')}</option>
              {planner.themes.map((th) => (
                <option key={th.id} value={th.id}>
                  {themeName(th, locale)}
                </option>
              ))}
            </select>
          </div>
        </div>
        {planner.rowErrors(index).map((f) => (
          <p key={f.field} className="field__error">
            {f.message}
          </p>
        ))}
      </fieldset>
    </li>
  );
}
