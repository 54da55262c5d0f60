import type { AttendanceFieldsFragment, AttendanceStatus } from '@elinvoima/graphql';
import { useI18n } from '../../i18n/i18n';
import { fieldMessage } from '../../lib/errors';
import type { AttendanceState } from './use-attendance';

const STATUSES: AttendanceStatus[] = ['PRESENT', 'ABSENT', 'EXCUSED'];

interface Item {
  id: string;
  number: string;
  title: string;
}

/** One fieldset per member: a radio group for the status and, for those present, arrival and leaving. */
export function MemberRows({ state, items }: { state: AttendanceState; items: readonly Item[] }) {
  const { t } = useI18n();
  const attendance = state.attendance!;
  return (
    <div className="attendance-members">
      {attendance.members.map((member, index) => (
        <MemberRow key={member.userId} state={state} member={member} index={index} items={items} />
      ))}
      {attendance.members.length === 0 && <p className="empty-state">{t('attendance.notRecorded')}</p>}
    </div>
  );
}

function MemberRow({
  state,
  member,
  index,
  items,
}: {
  state: AttendanceState;
  member: AttendanceFieldsFragment['members'][number];
  index: number;
  items: readonly Item[];
}) {
  const { t } = useI18n();
  const entry = state.draft[member.userId];
  const name = `att-${member.userId}`;
  const problem = (field: string) => fieldMessage(state.error, `entries.${index}.${field}`);
  const errors = [problem('userId'), problem('arrivalItemId'), problem('leavingItemId')].filter(Boolean);
  return (
    <fieldset className="attendance-member" aria-describedby={errors.length ? `${name}-error` : undefined}>
      <legend>
        {member.name} <span className="attendance-member__role">({t(`role.${member.role}`)})</span>
      </legend>
      <div className="attendance-member__choices">
        {STATUSES.map((status) => (
          <label key={status} className="choice">
            <input
              type="radio"
              name={name}
              value={status}
              checked={entry?.status === status}
              onChange={() => state.setEntry(member.userId, { status })}
            />
            {t(`attendance.status.${status}`)}
          </label>
        ))}
      </div>
      {entry?.status === 'PRESENT' && items.length > 0 && (
        <div className="attendance-member__times">
          <ItemSelect
            label={t('attendance.arrival')}
            empty={t('attendance.fromStart')}
            items={items}
            value={entry.arrivalItemId}
            onChange={(arrivalItemId) => state.setEntry(member.userId, { arrivalItemId })}
          />
          <ItemSelect
            label={t('attendance.leaving')}
            empty={t('attendance.toEnd')}
            items={items}
            value={entry.leavingItemId}
            onChange={(leavingItemId) => state.setEntry(member.userId, { leavingItemId })}
          />
        </div>
      )}
      {errors.length > 0 && (
        <p id={`${name}-error`} className="field__error">
          {errors.join(' ')}
        </p>
      )}
    </fieldset>
  );
}

function ItemSelect(props: {
  label: string;
  empty: string;
  items: readonly Item[];
  value: string | null;
  onChange: (value: string | null) => void;
}) {
  return (
    <label className="field">
      <span className="field__label">{props.label}</span>
      <select value={props.value ?? ''} onChange={(e) => props.onChange(e.target.value || null)}>
        <option value="">{props.empty}</option>
        {props.items.map((item) => (
          <option key={item.id} value={item.id}>
            {item.number} {item.title}
          </option>
        ))}
      </select>
    </label>
  );
}
