import { useMutation, useQuery } from '@apollo/client/react';
import { MeetingDocument, PublishAgendaDocument } from '@elinvoima/graphql';
import { useEffect, useRef, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { useI18n } from '../../i18n/i18n';
import { apiError } from '../../lib/errors';
import { useCanManage } from './use-group-role';

export interface PageMessage {
  kind: 'error' | 'success';
  text: string;
}

/** A meeting's page: the meeting, whether the viewer manages it, publishing, and what just happened. */
export function useMeetingPage(groupId: string, meetingId: string) {
  const { t } = useI18n();
  const canManage = useCanManage(groupId);
  const { data, loading, error, refetch } = useQuery(MeetingDocument, { variables: { id: meetingId } });
  const [publish, { loading: publishing }] = useMutation(PublishAgendaDocument);
  const location = useLocation();
  const navigate = useNavigate();
  const heading = useRef<HTMLHeadingElement>(null);
  const arrivedWith = (location.state as { notice?: 'created' | 'saved' } | null)?.notice;
  const [message, setMessage] = useState<PageMessage | null>(() =>
    arrivedWith ? { kind: 'success', text: t(arrivedWith === 'created' ? 'meeting.created' : 'meeting.saved') } : null,
  );
  // The notice is shown once; a reload or a return through history does not repeat it.
  useEffect(() => {
    if (arrivedWith) navigate(`${location.pathname}${location.search}`, { replace: true, state: null });
  }, [arrivedWith, location.pathname, location.search, navigate]);
  const meeting = data?.meeting;
  const title = meeting?.title;

  if (loading && !meeting) return { status: 'loading', title } as const;
  if (!meeting || meeting.group.id !== groupId) {
    const code = apiError(error)?.code;
    const missing = code === 'NOT_FOUND' || code === 'BAD_USER_INPUT' || meeting;
    return missing ? ({ status: 'not-found', title } as const) : ({ status: 'network-error', title } as const);
  }

  /** Publishes the agenda once the dialog has asked. */
  const publishAgenda = async () => {
    try {
      await publish({ variables: { input: { meetingId: meeting.id, version: meeting.version } } });
      await refetch();
      setMessage({ kind: 'success', text: t('meeting.published') });
      // The publish button is gone with the draft: the page's heading takes the focus.
      requestAnimationFrame(() => heading.current?.focus());
    } catch (failure) {
      const parsed = apiError(failure);
      setMessage({ kind: 'error', text: parsed?.fields[0]?.message ?? parsed?.message ?? t('error.network') });
    }
  };

  const cancelled = async () => {
    await refetch();
    setMessage({ kind: 'success', text: t('meeting.cancelledNow') });
    // The button that opened the dialog is gone with the cancellation: the page's heading takes the focus.
    requestAnimationFrame(() => heading.current?.focus());
  };

  return {
    status: 'ready',
    title,
    meeting,
    canManage,
    /** Managers change the agenda and the details until the meeting is cancelled. */
    editable: canManage && meeting.status !== 'CANCELLED',
    message,
    heading,
    publishing,
    publishAgenda,
    cancelled,
    reload: () => void refetch(),
  } as const;
}

export type MeetingPageState = Extract<ReturnType<typeof useMeetingPage>, { status: 'ready' }>;
