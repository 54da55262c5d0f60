import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { MeetingDocument, ThemesDocument, UpdateMeetingDocument } from '@elinvoima/graphql';
import { type FormEvent, useRef, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useI18n } from '../../i18n/i18n';
import { apiError, type ApiError } from '../../lib/errors';
import { Loading } from '../../ui/loading';
import { NotFoundPage } from '../../ui/not-found-page';
import { usePageTitle } from '../../ui/page-title';
import { ErrorSummary, FIELD_LABELS, fieldErrors, MeetingFields, useFocusFirstInvalid } from './meeting-fields';
import { changedByOthers, changedInput, checkValues, type FormProblem, type MeetingFormValues, meetingValues, rebase } from './meeting-form-values';
import { useManagerAccess } from './use-group-role';
import './meetings.css';

/** What the user started editing from: the form's values and the version they belong to. */
interface Base {
  values: MeetingFormValues;
  version: number;
}

/** "Muokkaa tietoja": saves only what the user changed; a stale version offers to reload and re-apply. */
export function EditMeetingPage() {
  const { groupId = '', meetingId = '' } = useParams();
  const { t } = useI18n();
  usePageTitle(t('meetingForm.editTitle'));
  const navigate = useNavigate();
  const client = useApolloClient();
  const form = useRef<HTMLFormElement>(null);
  const focusFirstInvalid = useFocusFirstInvalid(form);
  const reloadedNotice = useRef<HTMLDivElement>(null);
  const access = useManagerAccess(groupId);
  const { data, loading, error: loadError } = useQuery(MeetingDocument, { variables: { id: meetingId }, fetchPolicy: 'network-only' });
  const { data: themes } = useQuery(ThemesDocument, { variables: { groupId }, skip: !access.canManage });
  const [update, { loading: saving }] = useMutation(UpdateMeetingDocument);
  const [base, setBase] = useState<Base | null>(null);
  const [values, setValues] = useState<MeetingFormValues | null>(null);
  const [problems, setProblems] = useState<FormProblem[]>([]);
  const [error, setError] = useState<ApiError | null>(null);
  const [reloaded, setReloaded] = useState<string | null>(null);
  const [reloading, setReloading] = useState(false);
  const meeting = data?.meeting;
  const meetingUrl = `/ryhmat/${groupId}/kokoukset/${meetingId}`;

  // The loaded meeting becomes the starting point once; later loads must not wipe the user's edits.
  if (meeting && !base) {
    const start = { values: meetingValues(meeting), version: meeting.version };
    setBase(start);
    setValues(start.values);
  }

  if (access.loading || (loading && !meeting)) return <Loading />;
  if (!meeting || meeting.group.id !== groupId) {
    return loadError && !apiError(loadError) ? (
      <p className="notice notice--error" role="alert">
        {t('error.network')}
      </p>
    ) : (
      <NotFoundPage />
    );
  }
  if (!access.canManage) {
    return (
      <p className="notice notice--error" role="alert">
        {t('meetingForm.forbidden')}
      </p>
    );
  }
  if (!base || !values) return <Loading />;

  const errors = fieldErrors(problems, error, t);
  const conflict = error?.code === 'CONFLICT';
  // The API names the meeting's id when it refuses to change a cancelled meeting.
  const cancelled = meeting.status === 'CANCELLED' || error?.fields.some((f) => f.field === 'id' || f.field.endsWith('.id'));

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = checkValues(values!);
    setProblems(found);
    setError(null);
    setReloaded(null);
    if (found.length) return focusFirstInvalid();
    const changes = changedInput(base!.values, values!);
    if (Object.keys(changes).length === 0) return navigate(meetingUrl);
    try {
      await update({ variables: { input: { id: meetingId, version: base!.version, ...changes } } });
      navigate(meetingUrl, { state: { notice: 'saved' } });
    } catch (failure) {
      setError(apiError(failure) ?? { code: 'NETWORK', message: t('error.network'), fields: [] });
      focusFirstInvalid();
    }
  }

  /** Takes the other person's save as the new starting point and keeps this user's changes on top. */
  async function reloadAndReapply() {
    setReloading(true);
    try {
      const { data: fresh } = await client.query({ query: MeetingDocument, variables: { id: meetingId }, fetchPolicy: 'network-only' });
      if (!fresh) throw new Error('no meeting');
      const latest = meetingValues(fresh.meeting);
      const theirs = changedByOthers(base!.values, latest);
      setValues(rebase(base!.values, values!, latest));
      setBase({ values: latest, version: fresh.meeting.version });
      setError(null);
      setReloaded(
        theirs.length ? t('meetingForm.reloaded', { fields: theirs.map((f) => t(FIELD_LABELS[f]).toLowerCase()).join(', ') }) : t('meetingForm.reloadedSame'),
      );
      requestAnimationFrame(() => reloadedNotice.current?.focus());
    } catch (failure) {
      setError(apiError(failure) ?? { code: 'NETWORK', message: t('error.network'), fields: [] });
    } finally {
      setReloading(false);
    }
  }

  return (
    <article>
      <p className="breadcrumb">
        <Link to={meetingUrl}>← {meeting.title}</Link>
      </p>
      <header className="page-header">
        <p className="page-header__eyebrow">{meeting.group.name}</p>
        <h1>{t('meetingForm.editTitle')}</h1>
      </header>
      <section className="panel">
        {cancelled ? (
          <p className="notice notice--error" role="alert">
            {t('meetingForm.cancelledMeanwhile')}
          </p>
        ) : (
          <form ref={form} onSubmit={submit} noValidate className="form meeting-form">
            {conflict ? (
              <div className="notice notice--error" role="alert">
                <p>{t('meetingForm.conflict')}</p>
                <button type="button" className="button button--quiet" onClick={reloadAndReapply} disabled={reloading} aria-busy={reloading}>
                  {t('meetingForm.reload')}
                </button>
              </div>
            ) : (
              <ErrorSummary errors={errors} other={error && !error.fields.length ? error.message : null} />
            )}
            <div role="status" ref={reloadedNotice} tabIndex={-1}>
              {reloaded && <p className="notice notice--info">{reloaded}</p>}
            </div>
            <MeetingFields values={values} onChange={setValues} themes={themes?.themes ?? []} errors={conflict ? {} : errors} />
            <div className="toolbar">
              <button type="submit" className="button button--primary" disabled={saving || conflict} aria-busy={saving}>
                {saving ? t('meetingForm.saving') : t('meetingForm.save')}
              </button>
              <Link className="button button--quiet" to={meetingUrl}>
                {t('common.cancel')}
              </Link>
            </div>
          </form>
        )}
      </section>
    </article>
  );
}
