import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { MeetingDocument, ThemesDocument, UpdateMeetingDocument } from '@elinvoima/graphql';
import { type FormEvent, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { useI18n } from '../../i18n/i18n';
import { apiError, type ApiError, requestError } from '../../lib/errors';
import { useFocusFirstInvalid } from '../../ui/use-focus-first-invalid';
import { FIELD_LABELS, fieldErrors } from './meeting-form-errors';
import {
  changedByOthers,
  changedInput,
  checkValues,
  type FormProblem,
  type MeetingFormValues,
  meetingValues,
  rebase,
} from './meeting-form-values';
import { useManagerAccess } from './use-group-role';

/** What the user started editing from: the form's values and the version they belong to. */
interface Base {
  values: MeetingFormValues;
  version: number;
}

/**
 * "Muokkaa tietoja": saves only what the user changed; a stale version offers to reload and
 * re-apply. Until the form can be shown, `status` says why not.
 */
export function useEditMeeting(groupId: string, meetingId: string) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const client = useApolloClient();
  const form = useRef<HTMLFormElement>(null);
  const focusFirstInvalid = useFocusFirstInvalid(form);
  const reloadedNotice = useRef<HTMLDivElement>(null);
  const access = useManagerAccess(groupId);
  const {
    data,
    loading,
    error: loadError,
  } = useQuery(MeetingDocument, { variables: { id: meetingId }, fetchPolicy: 'network-only' });
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

  if (access.loading || (loading && !meeting)) return { status: 'loading' } as const;
  if (!meeting || meeting.group.id !== groupId) {
    return loadError && !apiError(loadError)
      ? ({ status: 'network-error' } as const)
      : ({ status: 'not-found' } as const);
  }
  if (!access.canManage) return { status: 'forbidden' } as const;
  if (!base || !values) return { status: 'loading' } as const;

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = checkValues(values);
    setProblems(found);
    setError(null);
    setReloaded(null);
    if (found.length) return focusFirstInvalid();
    const changes = changedInput(base.values, values);
    if (Object.keys(changes).length === 0) return navigate(meetingUrl);
    try {
      await update({ variables: { input: { id: meetingId, version: base.version, ...changes } } });
      navigate(meetingUrl, { state: { notice: 'saved' } });
    } catch (failure) {
      setError(requestError(failure, t('error.network')));
      focusFirstInvalid();
    }
  };

  /** Takes the other person's save as the new starting point and keeps this user's changes on top. */
  const reloadAndReapply = async () => {
    setReloading(true);
    try {
      const { data: fresh } = await client.query({
        query: MeetingDocument,
        variables: { id: meetingId },
        fetchPolicy: 'network-only',
      });
      if (!fresh) throw new Error('no meeting');
      const latest = meetingValues(fresh.meeting);
      const theirs = changedByOthers(base.values, latest);
      setValues(rebase(base.values, values, latest));
      setBase({ values: latest, version: fresh.meeting.version });
      setError(null);
      setReloaded(
        theirs.length
          ? t('meetingForm.reloaded', { fields: theirs.map((f) => t(FIELD_LABELS[f]).toLowerCase()).join(', ') })
          : t('meetingForm.reloadedSame'),
      );
      requestAnimationFrame(() => reloadedNotice.current?.focus());
    } catch (failure) {
      setError(requestError(failure, t('error.network')));
    } finally {
      setReloading(false);
    }
  };

  return {
    status: 'ready',
    meeting,
    meetingUrl,
    themes: themes?.themes ?? [],
    form,
    values,
    setValues,
    errors: fieldErrors(problems, error, t),
    error,
    conflict: error?.code === 'CONFLICT',
    // The API names the meeting's id when it refuses to change a cancelled meeting.
    cancelled:
      meeting.status === 'CANCELLED' || Boolean(error?.fields.some((f) => f.field === 'id' || f.field.endsWith('.id'))),
    saving,
    submit,
    reloading,
    reloadAndReapply,
    reloaded,
    reloadedNotice,
  } as const;
}

export type MeetingEdit = Extract<ReturnType<typeof useEditMeeting>, { status: 'ready' }>;
