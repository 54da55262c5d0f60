import { useMutation, useQuery } from '@apollo/client/react';
import { type AgendaSource, CreateMeetingDocument, MeetingsDocument, ThemesDocument } from '@elinvoima/graphql';
import { type FormEvent, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { useI18n } from '../../i18n/i18n';
import { type ApiError, requestError } from '../../lib/errors';
import { useFocusFirstInvalid } from '../../ui/use-focus-first-invalid';
import { fieldErrors } from './meeting-form-errors';
import { blankMeeting, checkValues, type FormProblem, meetingInput } from './meeting-form-values';
import { useManagerAccess } from './use-group-role';

/** "Uusi kokous": the meeting's details and how its draft agenda starts; then its own page. */
export function useNewMeeting(groupId: string) {
  const { t } = useI18n();
  const navigate = useNavigate();
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

  if (access.loading) return { status: 'loading' } as const;
  if (!access.canManage) return { status: 'forbidden' } as const;

  // Newest first: the previous meeting is the usual one to copy.
  const copyable = [...(earlier?.meetings ?? [])].reverse();
  const copySource = copyFrom || copyable[0]?.id || '';

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = checkValues(values);
    setProblems(found);
    setError(null);
    if (found.length) return focusFirstInvalid();
    try {
      const result = await create({
        variables: {
          input: {
            groupId,
            ...meetingInput(values),
            agendaSource: source,
            copyFromMeetingId: source === 'COPY' ? copySource || null : null,
          },
        },
      });
      navigate(`/ryhmat/${groupId}/kokoukset/${result.data!.createMeeting.id}`, { state: { notice: 'created' } });
    } catch (failure) {
      setError(requestError(failure, t('error.network')));
      focusFirstInvalid();
    }
  };

  return {
    status: 'ready',
    form,
    values,
    setValues,
    themes: themes?.themes ?? [],
    source,
    setSource,
    copyable,
    copySource,
    setCopyFrom,
    errors: fieldErrors(problems, error, t),
    error,
    creating,
    submit,
  } as const;
}

export type NewMeeting = Extract<ReturnType<typeof useNewMeeting>, { status: 'ready' }>;
