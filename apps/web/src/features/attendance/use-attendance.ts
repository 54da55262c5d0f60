import { useMutation, useQuery } from '@apollo/client/react';
import {
  AddMeetingGuestDocument,
  type AttendanceFieldsFragment,
  type AttendanceStatus,
  MeetingAttendanceDocument,
  RecordAttendanceDocument,
  RecordDisqualificationDocument,
  RemoveDisqualificationDocument,
  RemoveMeetingGuestDocument,
  SetGroupQuorumDocument,
} from '@elinvoima/graphql';
import { useEffect, useState } from 'react';
import { type MessageKey, useI18n } from '../../i18n/i18n';
import { type ApiError, requestError } from '../../lib/errors';

/** One member's choices on the screen, before they are saved. */
export interface DraftEntry {
  status: AttendanceStatus | null;
  arrivalItemId: string | null;
  leavingItemId: string | null;
}

export type Draft = Record<string, DraftEntry>;

export interface AttendanceMessage {
  kind: 'error' | 'success';
  text: string;
}

function draftOf(attendance: AttendanceFieldsFragment): Draft {
  return Object.fromEntries(
    attendance.members.map((m) => [
      m.userId,
      { status: m.status ?? null, arrivalItemId: m.arrivalItemId ?? null, leavingItemId: m.leavingItemId ?? null },
    ]),
  );
}

/**
 * The attendance screen's state: the meeting, the attendance as saved, the members' choices not yet
 * saved, and each change sent on the version it was made on.
 */
export function useAttendance(meetingId: string) {
  const { t } = useI18n();
  const query = useQuery(MeetingAttendanceDocument, { variables: { id: meetingId } });
  const [saved, setSaved] = useState<AttendanceFieldsFragment | null>(null);
  const [draft, setDraft] = useState<Draft>({});
  const [message, setMessage] = useState<AttendanceMessage | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const [record] = useMutation(RecordAttendanceDocument);
  const [addGuest] = useMutation(AddMeetingGuestDocument);
  const [removeGuest] = useMutation(RemoveMeetingGuestDocument);
  const [disqualify] = useMutation(RecordDisqualificationDocument);
  const [undisqualify] = useMutation(RemoveDisqualificationDocument);
  const [setQuorum] = useMutation(SetGroupQuorumDocument);

  const loaded = query.data?.meeting.attendance;
  // A reload after another's change replaces the choices; one that changed nothing of them (the
  // quorum rule) keeps what is being chosen.
  const [loadedVersion, setLoadedVersion] = useState<number | null>(null);
  useEffect(() => {
    if (!loaded) return;
    setSaved(loaded);
    if (loaded.version !== loadedVersion) {
      setLoadedVersion(loaded.version);
      setDraft(draftOf(loaded));
    }
  }, [loaded, loadedVersion]);

  const attendance = saved ?? loaded ?? null;

  /** Sends one change; the answer is the attendance as now saved, or an error shown beside the form. */
  async function change(send: (version: number) => Promise<AttendanceFieldsFragment | undefined>, done: MessageKey) {
    if (!attendance) return false;
    setBusy(true);
    setError(null);
    try {
      const next = await send(attendance.version);
      if (next) {
        setSaved(next);
        setDraft(draftOf(next));
      }
      setMessage({ kind: 'success', text: t(done) });
      return true;
    } catch (failure) {
      const problem = requestError(failure, t('error.network'));
      if (problem.code === 'CONFLICT') {
        await query.refetch();
        setMessage({ kind: 'error', text: t('attendance.conflict') });
      } else {
        setError(problem);
        setMessage({ kind: 'error', text: problem.fields[0]?.message ?? problem.message });
      }
      return false;
    } finally {
      setBusy(false);
    }
  }

  return {
    query,
    meeting: query.data?.meeting,
    attendance,
    draft,
    message,
    error,
    busy,
    setEntry: (userId: string, entry: Partial<DraftEntry>) =>
      setDraft((current) => ({ ...current, [userId]: { ...current[userId], ...entry } })),
    save: () =>
      change(async (version) => {
        const entries = Object.entries(draft)
          .filter(([, entry]) => entry.status !== null)
          .map(([userId, entry]) => ({
            userId,
            status: entry.status!,
            arrivalItemId: entry.status === 'PRESENT' ? entry.arrivalItemId : null,
            leavingItemId: entry.status === 'PRESENT' ? entry.leavingItemId : null,
          }));
        const result = await record({ variables: { input: { meetingId, version, entries } } });
        return result.data?.recordAttendance;
      }, 'attendance.saved'),
    addGuest: (guest: { name: string; organization: string; role: 'PRESENTER' | 'EXPERT' | 'OTHER' }) =>
      change(async (version) => {
        const result = await addGuest({ variables: { input: { meetingId, version, ...guest } } });
        return result.data?.addMeetingGuest;
      }, 'attendance.guestAdded'),
    removeGuest: (guestId: string) =>
      change(async (version) => {
        const result = await removeGuest({ variables: { input: { meetingId, version, guestId } } });
        return result.data?.removeMeetingGuest;
      }, 'attendance.guestRemoved'),
    disqualify: (input: { userId: string; agendaItemId: string; reason: string }) =>
      change(async (version) => {
        const result = await disqualify({ variables: { input: { meetingId, version, ...input } } });
        return result.data?.recordDisqualification;
      }, 'attendance.disqualifiedNow'),
    removeDisqualification: (input: { userId: string; agendaItemId: string }) =>
      change(async (version) => {
        const result = await undisqualify({ variables: { input: { meetingId, version, ...input } } });
        return result.data?.removeDisqualification;
      }, 'attendance.disqualificationRemoved'),
    setQuorumMinimum: (quorumMinimum: number | null) =>
      change(async () => {
        const group = query.data!.meeting.group;
        await setQuorum({ variables: { input: { groupId: group.id, version: group.version, quorumMinimum } } });
        const reloaded = await query.refetch();
        return reloaded.data?.meeting.attendance;
      }, 'attendance.quorumRuleSaved'),
  };
}

export type AttendanceState = ReturnType<typeof useAttendance>;
