import type { GuestRole } from '@elinvoima/graphql';
import { type FormEvent, useState } from 'react';
import { useI18n } from '../../i18n/i18n';
import { fieldMessage } from '../../lib/errors';
import { TextField } from '../../ui/text-field';
import type { AttendanceState } from './use-attendance';

const ROLES: GuestRole[] = ['PRESENTER', 'EXPERT', 'OTHER'];

/** Outside guests: who came, from where and why; added and removed one at a time. */
export function GuestsPanel({ state }: { state: AttendanceState }) {
  const { t } = useI18n();
  const [name, setName] = useState('');
  const [organization, setOrganization] = useState('');
  const [role, setRole] = useState<GuestRole>('PRESENTER');
  const guests = state.attendance!.guests;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await state.addGuest({ name, organization, role })) {
      setName('');
      setOrganization('');
    }
  };

  return (
    <section className="panel" aria-labelledby="guests-heading">
      <h2 id="guests-heading">{t('attendance.guests')}</h2>
      {guests.length ? (
        <ul className="plain-list attendance-list">
          {guests.map((guest) => (
            <li key={guest.id}>
              <span>
                {guest.name}
                {guest.organization && `, ${guest.organization}`} ({t(`attendance.guestRole.${guest.role}`)})
              </span>
              <button
                type="button"
                className="button button--quiet"
                disabled={state.busy}
                aria-label={t('attendance.removeGuest', { name: guest.name })}
                onClick={() => void state.removeGuest(guest.id)}
              >
                ✕
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('attendance.noGuests')}</p>
      )}
      <form className="form form--inline" onSubmit={(e) => void submit(e)}>
        <TextField
          label={t('attendance.guestName')}
          name="guestName"
          required
          value={name}
          maxLength={200}
          onChange={(e) => setName(e.target.value)}
          error={fieldMessage(state.error, 'name')}
        />
        <TextField
          label={t('attendance.guestOrganization')}
          name="guestOrganization"
          value={organization}
          maxLength={200}
          onChange={(e) => setOrganization(e.target.value)}
          error={fieldMessage(state.error, 'organization')}
        />
        <label className="field">
          <span className="field__label">{t('attendance.guestRole')}</span>
          <select value={role} onChange={(e) => setRole(e.target.value as GuestRole)}>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`attendance.guestRole.${r}`)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="button button--primary" disabled={state.busy}>
          {t('attendance.addGuest')}
        </button>
      </form>
    </section>
  );
}
