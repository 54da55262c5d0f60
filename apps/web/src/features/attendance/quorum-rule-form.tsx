import { type FormEvent, useState } from 'react';
import { useI18n } from '../../i18n/i18n';
import { fieldMessage } from '../../lib/errors';
import { TextField } from '../../ui/text-field';
import type { AttendanceState } from './use-attendance';

/** The group's quorum: a minimum of members present, or left empty for more than half. */
export function QuorumRuleForm({ state }: { state: AttendanceState }) {
  const { t } = useI18n();
  const [minimum, setMinimum] = useState(String(state.attendance?.quorumMinimum ?? ''));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void state.setQuorumMinimum(minimum.trim() ? Number(minimum) : null);
  };

  return (
    <form className="form form--inline" onSubmit={submit}>
      <TextField
        label={t('attendance.quorumMinimum')}
        hint={t('attendance.quorumMinimumHint')}
        name="quorumMinimum"
        type="number"
        inputMode="numeric"
        min={1}
        max={200}
        value={minimum}
        onChange={(e) => setMinimum(e.target.value)}
        error={fieldMessage(state.error, 'quorumMinimum')}
      />
      <button type="submit" className="button button--quiet" disabled={state.busy}>
        {t('attendance.saveQuorumRule')}
      </button>
    </form>
  );
}
