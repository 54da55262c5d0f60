import { AGENDA_LIMITS, themeName } from '@elinvoima/domain';
import type { MeetingKind, ThemeFieldsFragment } from '@elinvoima/graphql';
import { type RefObject, useCallback, useEffect, useId, useState } from 'react';
import { type MessageKey, useI18n } from '../../i18n/i18n';
import type { ApiError } from '../../lib/errors';
import { TextField } from '../../ui/text-field';
import { type FormProblem, MEETING_KINDS, type MeetingFormValues } from './meeting-form-values';

export type FieldName = keyof MeetingFormValues | 'copyFromMeetingId';

/** Where the API's field names show in the form: the period's errors belong to its date and end time. */
const API_FIELDS: Record<string, FieldName> = {
  title: 'title',
  kind: 'kind',
  themeIds: 'themeIds',
  startsAt: 'date',
  endsAt: 'endTime',
  location: 'location',
  onlineUrl: 'onlineUrl',
  copyFromMeetingId: 'copyFromMeetingId',
};

/** One message per form field, from the checks made here and the API's answer. */
export function fieldErrors(problems: FormProblem[], error: ApiError | null, t: (key: MessageKey) => string): Partial<Record<FieldName, string>> {
  const errors: Partial<Record<FieldName, string>> = {};
  for (const problem of problems) errors[problem.field] ??= t(problem.key);
  for (const field of error?.fields ?? []) {
    const name = API_FIELDS[field.field.split('.').pop() ?? ''];
    if (name) errors[name] ??= field.message;
  }
  return errors;
}

/** Names of the fields as the form labels them, for the error summary. */
export const FIELD_LABELS: Record<FieldName, MessageKey> = {
  title: 'meetingForm.title',
  kind: 'meetingForm.kind',
  themeIds: 'meetingForm.themes',
  date: 'meetingForm.date',
  startTime: 'meetingForm.startTime',
  endTime: 'meetingForm.endTime',
  location: 'meetingForm.location',
  onlineUrl: 'meetingForm.onlineUrl',
  copyFromMeetingId: 'meetingForm.copyFrom',
};

/** Lists the problems at the top of the form; focus then moves to the first invalid field. */
export function ErrorSummary({ errors, other }: { errors: Partial<Record<FieldName, string>>; other?: string | null }) {
  const { t } = useI18n();
  const entries = Object.entries(errors) as [FieldName, string][];
  return (
    <div role="alert">
      {entries.length > 0 && (
        <div className="notice notice--error error-summary">
          <p>{t('form.errorsTitle')}</p>
          <ul>
            {entries.map(([field, message]) => (
              <li key={field}>
                {t(FIELD_LABELS[field])}: {message}
              </li>
            ))}
          </ul>
        </div>
      )}
      {other && <p className="notice notice--error">{other}</p>}
    </div>
  );
}

interface Props {
  values: MeetingFormValues;
  onChange(values: MeetingFormValues): void;
  themes: ThemeFieldsFragment[];
  errors: Partial<Record<FieldName, string>>;
}

/** The meeting's own details, shared by the new-meeting and edit forms. */
export function MeetingFields({ values, onChange, themes, errors }: Props) {
  const { t, locale } = useI18n();
  const ids = { kind: useId(), themes: useId() };
  const set = <K extends keyof MeetingFormValues>(field: K, value: MeetingFormValues[K]) => onChange({ ...values, [field]: value });
  const toggleTheme = (id: string, checked: boolean) =>
    set('themeIds', checked ? [...values.themeIds, id] : values.themeIds.filter((other) => other !== id));

  return (
    <>
      <TextField
        name="title"
        label={t('meetingForm.title')}
        required
        maxLength={AGENDA_LIMITS.titleMax}
        value={values.title}
        onChange={(e) => set('title', e.target.value)}
        error={errors.title}
      />
      <div className={`field${errors.kind ? ' field--invalid' : ''}`}>
        <label htmlFor={ids.kind}>{t('meetingForm.kind')}</label>
        <select id={ids.kind} name="kind" aria-invalid={errors.kind ? true : undefined} value={values.kind} onChange={(e) => set('kind', e.target.value as MeetingKind)}>
          {MEETING_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`kind.${kind}`)}
            </option>
          ))}
        </select>
      </div>
      <fieldset className={`field${errors.themeIds ? ' field--invalid' : ''}`} aria-describedby={`${ids.themes}-hint${errors.themeIds ? ` ${ids.themes}-error` : ''}`}>
        <legend>
          {t('meetingForm.themes')}
          {values.kind === 'THEME' && <span className="field__required"> ({t('form.required')})</span>}
        </legend>
        <p id={`${ids.themes}-hint`} className="field__hint">
          {t('meetingForm.themesHint')}
        </p>
        {themes.length === 0 ? (
          <p className="muted">{t('meetingForm.noThemes')}</p>
        ) : (
          <div className="choices">
            {themes.map((theme) => (
              <label key={theme.id} className="choice">
                <input
                  type="checkbox"
                  name="themeIds"
                  value={theme.id}
                  checked={values.themeIds.includes(theme.id)}
                  onChange={(e) => toggleTheme(theme.id, e.target.checked)}
                  aria-invalid={errors.themeIds ? true : undefined}
                />
                {themeName(theme, locale)}
              </label>
            ))}
          </div>
        )}
        {errors.themeIds && (
          <p id={`${ids.themes}-error`} className="field__error">
            {errors.themeIds}
          </p>
        )}
      </fieldset>
      <TextField
        name="date"
        type="date"
        label={t('meetingForm.date')}
        required
        min={`${AGENDA_LIMITS.earliestYear}-01-01`}
        max={`${AGENDA_LIMITS.latestYear}-12-31`}
        value={values.date}
        onChange={(e) => set('date', e.target.value)}
        error={errors.date}
      />
      <div className="form-row">
        <TextField
          name="startTime"
          inputMode="decimal"
          autoComplete="off"
          label={t('meetingForm.startTime')}
          hint={t('meetingForm.timeHint')}
          required
          value={values.startTime}
          onChange={(e) => set('startTime', e.target.value)}
          error={errors.startTime}
        />
        <TextField
          name="endTime"
          inputMode="decimal"
          autoComplete="off"
          hint={t('meetingForm.timeHint')}
          label={t('meetingForm.endTime')}
          required
          value={values.endTime}
          onChange={(e) => set('endTime', e.target.value)}
          error={errors.endTime}
        />
      </div>
      <TextField
        name="location"
        label={t('meetingForm.location')}
        maxLength={AGENDA_LIMITS.locationMax}
        value={values.location}
        onChange={(e) => set('location', e.target.value)}
        error={errors.location}
      />
      <TextField
        name="onlineUrl"
        type="url"
        inputMode="url"
        label={t('meetingForm.onlineUrl')}
        hint={t('meetingForm.onlineUrlHint')}
        value={values.onlineUrl}
        onChange={(e) => set('onlineUrl', e.target.value)}
        error={errors.onlineUrl}
      />
    </>
  );
}

/**
 * After a failed submit, the first field with a problem gets the focus: the returned function
 * asks for it, and it happens once the field's error has been rendered.
 */
export function useFocusFirstInvalid(form: RefObject<HTMLFormElement | null>): () => void {
  const [requests, setRequests] = useState(0);
  useEffect(() => {
    if (requests) form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [requests, form]);
  return useCallback(() => setRequests((n) => n + 1), []);
}
