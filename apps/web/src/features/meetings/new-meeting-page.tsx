import { useMutation, useQuery } from '@apollo/client/react';
import { formatDate } from '@elinvoima/domain';
import { type AgendaSource, CreateMeetingDocument, MeetingsDocument, ThemesDocument } from '@elinvoima/graphql';
import { type FormEvent, useId, useRef, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useI18n } from '../../i18n/i18n';
import { apiError, type ApiError } from '../../lib/errors';
import { Loading } from '../../ui/loading';
import { usePageTitle } from '../../ui/page-title';
import { ErrorSummary, fieldErrors, MeetingFields, useFocusFirstInvalid } from './meeting-fields';
import { blankMeeting, checkValues, type FormProblem, meetingInput } from './meeting-form-values';
import { useManagerAccess } from './use-group-role';
import './meetings.css';

const SOURCES: { value: AgendaSource; label: 'meetingForm.sourceTemplate' | 'meetingForm.sourceCopy' | 'meetingForm.sourceEmpty' }[] = [
  { value: 'TEMPLATE', label: 'meetingForm.sourceTemplate' },
  { value: 'COPY', label: 'meetingForm.sourceCopy' },
  { value: 'EMPTY', label: 'meetingForm.sourceEmpty' },
];

/** "Uusi kokous": the meeting's details and how its draft agenda starts; then its own page. */
export function NewMeetingPage() {
  const { groupId = '' } = useParams();
  const { t, locale } = useI18n();
  usePageTitle(t('meetingForm.newTitle'));
  const navigate = useNavigate();
  const ids = { source: useId(), copy: useId() };
  const form = useRef<HTMLFormElement>(null);
  const focusFirstInvalid = useFocusFirstInvalid(form);
  const access = useManagerAccess(groupId);
  const { data: themes } = useQuery(ThemesDocument, { variables: { groupId }, skip: !access.canManage });
  const { data: earlier } = useQuery(MeetingsDocument, { variables: { groupId }, skip: !access.canManage });
  const [create, { loading: creating }] = useMutation(CreateMeetingDocument);
  const [values, setValues] = useState(blankMeeting);
  const [source, setSource] = useState<AgendaSource>('TEMPLATE');
  const [copyFrom, setCopyFrom] = useState('');
  const [problems, setProblems] = useState<FormProblem[]>([]);
  const [error, setError] = useState<ApiError | null>(null);

  if (access.loading) return <Loading />;
  if (!access.canManage) {
    return (
      <p className="notice notice--error" role="alert">
        {t('meetingForm.forbidden')}
      </p>
    );
  }

  // Newest first: the previous meeting is the usual one to copy.
  const copyable = [...(earlier?.meetings ?? [])].reverse();
  const copySource = copyFrom || copyable[0]?.id || '';
  const errors = fieldErrors(problems, error, t);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = checkValues(values);
    setProblems(found);
    setError(null);
    if (found.length) return focusFirstInvalid();
    try {
      const result = await create({
        variables: {
          input: { groupId, ...meetingInput(values), agendaSource: source, copyFromMeetingId: source === 'COPY' ? copySource || null : null },
        },
      });
      navigate(`/ryhmat/${groupId}/kokoukset/${result.data!.createMeeting.id}`, { state: { notice: 'created' } });
    } catch (failure) {
      setError(apiError(failure) ?? { code: 'NETWORK', message: t('error.network'), fields: [] });
      focusFirstInvalid();
    }
  }

  return (
    <article>
      <p className="breadcrumb">
        <Link to={`/ryhmat/${groupId}/kokoukset`}>← {t('meeting.back')}</Link>
      </p>
      <header className="page-header">
        <h1>{t('meetingForm.newTitle')}</h1>
      </header>
      <section className="panel">
        <form ref={form} onSubmit={submit} noValidate className="form meeting-form">
          <ErrorSummary errors={errors} other={error && !error.fields.length ? error.message : null} />
          <MeetingFields values={values} onChange={setValues} themes={themes?.themes ?? []} errors={errors} />
          <fieldset className="field">
            <legend>{t('meetingForm.agendaSource')}</legend>
            <div className="choices choices--stacked">
              {SOURCES.map((option) => (
                <label key={option.value} className="choice">
                  <input type="radio" name={ids.source} value={option.value} checked={source === option.value} onChange={() => setSource(option.value)} />
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
                    value={copySource}
                    onChange={(e) => setCopyFrom(e.target.value)}
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
          <div className="toolbar">
            <button type="submit" className="button button--primary" disabled={creating} aria-busy={creating}>
              {creating ? t('meetingForm.creating') : t('meetingForm.create')}
            </button>
            <Link className="button button--quiet" to={`/ryhmat/${groupId}/kokoukset`}>
              {t('common.cancel')}
            </Link>
          </div>
        </form>
      </section>
    </article>
  );
}
