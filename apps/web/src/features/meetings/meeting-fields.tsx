import { AGENDA_LIMITS, themeName } from '@elinvoima/domain';
import type { MeetingKind, ThemeFieldsFragment } from '@elinvoima/graphql';
import { useId } from 'react';
import { useI18n } from '../../i18n/i18n';
import { DateField } from '../../ui/date-field';
import { TextField } from '../../ui/text-field';
import type { FieldName } from './meeting-form-errors';
import { MEETING_KINDS, type MeetingFormValues } from './meeting-form-values';

interface Props {
  values: MeetingFormValues;
  onChange(values: MeetingFormValues): void;
  themes: ThemeFieldsFragment[];
  errors: Partial<Record<FieldName, string>>;
}

/** The meeting's own details, shared by the new-meeting and edit forms. */
export function MeetingFields({ values, onChange, themes, errors }: Props) {
  const { t } = useI18n();
  const kindId = useId();
  const set = <K extends keyof MeetingFormValues>(field: K, value: MeetingFormValues[K]) =>
    onChange({ ...values, [field]: value });
  const text = (field: 'title' | 'startTime' | 'endTime' | 'location' | 'onlineUrl') => ({
    name: field,
    value: values[field],
    onChange: (e: { target: { value: string } }) => set(field, e.target.value),
    error: errors[field],
  });

  return (
    <>
      <TextField {...text('title')} label={t('meetingForm.title')} required maxLength={AGENDA_LIMITS.titleMax} />
      <div className={`field${errors.kind ? ' field--invalid' : ''}`}>
        <label htmlFor={kindId}>{t('meetingForm.kind')}</label>
        <select
          id={kindId}
          name="kind"
          aria-invalid={errors.kind ? true : undefined}
          value={values.kind}
          onChange={(e) => set('kind', e.target.value as MeetingKind)}
        >
          {MEETING_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`kind.${kind}`)}
            </option>
          ))}
        </select>
      </div>
      <ThemeChoices values={values} onChange={onChange} themes={themes} errors={errors} />
      <DateField
        name="date"
        value={values.date}
        onChange={(date) => set('date', date)}
        error={errors.date}
        label={t('meetingForm.date')}
        required
        min={`${AGENDA_LIMITS.earliestYear}-01-01`}
        max={`${AGENDA_LIMITS.latestYear}-12-31`}
      />
      <div className="form-row">
        <TextField
          {...text('startTime')}
          inputMode="decimal"
          autoComplete="off"
          label={t('meetingForm.startTime')}
          hint={t('meetingForm.timeHint')}
          required
        />
        <TextField
          {...text('endTime')}
          inputMode="decimal"
          autoComplete="off"
          hint={t('meetingForm.timeHint')}
          label={t('meetingForm.endTime')}
          required
        />
      </div>
      <TextField {...text('location')} label={t('meetingForm.location')} maxLength={AGENDA_LIMITS.locationMax} />
      <TextField
        {...text('onlineUrl')}
        type="url"
        inputMode="url"
        label={t('meetingForm.onlineUrl')}
        hint={t('meetingForm.onlineUrlHint')}
      />
    </>
  );
}

/** The meeting's themes as checkboxes; a theme meeting must have one. */
function ThemeChoices({ values, onChange, themes, errors }: Props) {
  const { t, locale } = useI18n();
  const id = useId();
  const toggle = (themeId: string, checked: boolean) =>
    onChange({
      ...values,
      themeIds: checked ? [...values.themeIds, themeId] : values.themeIds.filter((other) => other !== themeId),
    });
  return (
    <fieldset
      className={`field${errors.themeIds ? ' field--invalid' : ''}`}
      aria-describedby={`${id}-hint${errors.themeIds ? ` ${id}-error` : ''}`}
    >
      <legend>
        {t('meetingForm.themes')}
        {values.kind === 'THEME' && <span className="field__required"> ({t('form.required')})</span>}
      </legend>
      <p id={`${id}-hint`} className="field__hint">
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
                onChange={(e) => toggle(theme.id, e.target.checked)}
                aria-invalid={errors.themeIds ? true : undefined}
              />
              {themeName(theme, locale)}
            </label>
          ))}
        </div>
      )}
      {errors.themeIds && (
        <p id={`${id}-error`} className="field__error">
          {errors.themeIds}
        </p>
      )}
    </fieldset>
  );
}
