import { formatDate } from '@elinvoima/domain';
import type { AgendaSource } from '@elinvoima/graphql';
import { useId } from 'react';
import { type MessageKey, useI18n } from '../../i18n/i18n';
import type { NewMeeting } from './use-new-meeting';

const SOURCES: { value: AgendaSource; label: MessageKey }[] = [
  { value: 'TEMPLATE', label: 'meetingForm.sourceTemplate' },
  { value: 'COPY', label: 'meetingForm.sourceCopy' },
  { value: 'EMPTY', label: 'meetingForm.sourceEmpty' },
];

/** How the new meeting's draft agenda starts: the group's standing items, an earlier agenda, or empty. */
export function AgendaSourceFields({ meeting }: { meeting: NewMeeting }) {
  const { t, locale } = useI18n();
  const ids = { source: useId(), copy: useId() };
  const { source, copyable, errors } = meeting;
  return (
    <fieldset className="field">
      <legend>{t('meetingForm.agendaSource')}</legend>
      <div className="choices choices--stacked">
        {SOURCES.map((option) => (
          <label key={option.value} className="choice">
            <input
              type="radio"
              name={ids.source}
              value={option.value}
              checked={source === option.value}
              onChange={() => meeting.setSource(option.value)}
            />
            {t(option.label)}
          </label>
        ))}
      </div>
      {source === 'COPY' &&
        (copyable.length === 0 ? (
          <p className="field__error">{t('meetingForm.noMeetingsToCopy')}</p>
        ) : (
          <div className={`field${errors.copyFromMeetingId ? ' field--invalid' : ''}`}>
            <label htmlFor={ids.copy}>{t('meetingForm.copyFrom')}</label>
            <select
              id={ids.copy}
              value={meeting.copySource}
              onChange={(e) => meeting.setCopyFrom(e.target.value)}
              aria-invalid={errors.copyFromMeetingId ? true : undefined}
              aria-describedby={errors.copyFromMeetingId ? `${ids.copy}-error` : undefined}
            >
              {copyable.map((m) => (
                <option key={m.id} value={m.id}>
                  {formatDate(m.startsAt, locale)} – {m.title}
                  {m.status !== 'AGENDA_PUBLISHED' && ` (${t(`status.${m.status}`)})`}
                </option>
              ))}
            </select>
            {errors.copyFromMeetingId && (
              <p id={`${ids.copy}-error`} className="field__error">
                {errors.copyFromMeetingId}
              </p>
            )}
          </div>
        ))}
    </fieldset>
  );
}
