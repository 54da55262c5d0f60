import { type FormEvent, useState } from 'react';
import { useI18n } from '../../i18n/i18n';
import { fieldMessage } from '../../lib/errors';
import { TextField } from '../../ui/text-field';
import type { AttendanceState } from './use-attendance';

interface Item {
  id: string;
  number: string;
  title: string;
}

/** Members disqualified from an item (esteellisyys): recorded with a reason, removed one at a time. */
export function DisqualificationsPanel({ state, items }: { state: AttendanceState; items: readonly Item[] }) {
  const { t } = useI18n();
  const attendance = state.attendance!;
  const [userId, setUserId] = useState('');
  const [agendaItemId, setAgendaItemId] = useState('');
  const [reason, setReason] = useState('');
  const nameOf = (id: string) => attendance.members.find((m) => m.userId === id)?.name ?? '';
  const itemOf = (id: string) => {
    const item = items.find((i) => i.id === id);
    return item ? `${item.number} ${item.title}` : '';
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await state.disqualify({ userId, agendaItemId, reason })) setReason('');
  };

  return (
    <section className="panel" aria-labelledby="disqualifications-heading">
      <h2 id="disqualifications-heading">{t('attendance.disqualifications')}</h2>
      <p className="field__hint">{t('attendance.disqualificationsHint')}</p>
      {attendance.disqualifications.length ? (
        <ul className="plain-list attendance-list">
          {attendance.disqualifications.map((d) => (
            <li key={`${d.agendaItemId}-${d.userId}`}>
              <span>
                {t('attendance.disqualifiedFrom', { name: nameOf(d.userId), item: itemOf(d.agendaItemId) })}
                {d.reason && ` (${d.reason})`}
              </span>
              <button
                type="button"
                className="button button--quiet"
                disabled={state.busy}
                aria-label={t('attendance.removeDisqualification', {
                  name: nameOf(d.userId),
                  item: itemOf(d.agendaItemId),
                })}
                onClick={() => void state.removeDisqualification({ userId: d.userId, agendaItemId: d.agendaItemId })}
              >
                ✕
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('attendance.noDisqualifications')}</p>
      )}
      <form className="form form--inline" onSubmit={(e) => void submit(e)}>
        <label className="field">
          <span className="field__label">{t('attendance.member')}</span>
          <select required value={userId} onChange={(e) => setUserId(e.target.value)}>
            <option value="" />
            {attendance.members.map((m) => (
              <option key={m.userId} value={m.userId}>
                {m.name}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field__label">{t('attendance.item')}</span>
          <select required value={agendaItemId} onChange={(e) => setAgendaItemId(e.target.value)}>
            <option value="" />
            {items.map((item) => (
              <option key={item.id} value={item.id}>
                {item.number} {item.title}
              </option>
            ))}
          </select>
        </label>
        <TextField
          label={t('attendance.reason')}
          name="reason"
          value={reason}
          maxLength={1000}
          onChange={(e) => setReason(e.target.value)}
          error={fieldMessage(state.error, 'reason')}
        />
        <button type="submit" className="button button--primary" disabled={state.busy}>
          {t('attendance.disqualify')}
        </button>
      </form>
    </section>
  );
}
