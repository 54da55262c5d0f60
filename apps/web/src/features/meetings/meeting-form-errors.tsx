import { type MessageKey, useI18n } from '../../i18n/i18n';
import type { ApiError } from '../../lib/errors';
import type { FormProblem, MeetingFormValues } from './meeting-form-values';

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
export function fieldErrors(
  problems: FormProblem[],
  error: ApiError | null,
  t: (key: MessageKey) => string,
): Partial<Record<FieldName, string>> {
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
