import { AttendanceStatus, itemQuorum, quorum, type QuorumCount } from '@elinvoima/domain';
import type { AttendanceFieldsFragment } from '@elinvoima/graphql';
import type { Draft } from './use-attendance';

/**
 * The quorum of the choices on the screen, counted as the API counts it, so the secretary sees it
 * change with each choice before saving.
 */
export function liveQuorum(
  attendance: AttendanceFieldsFragment,
  draft: Draft,
  itemIds: readonly string[],
): { meeting: QuorumCount; items: QuorumCount[] } {
  const position = (id: string | null) => (id ? itemIds.indexOf(id) + 1 || null : null);
  const presences = attendance.members.map((m) => {
    const entry = draft[m.userId];
    return {
      userId: m.userId,
      status: (entry?.status ?? null) as AttendanceStatus | null,
      arrivalPosition: position(entry?.arrivalItemId ?? null),
      leavingPosition: position(entry?.leavingItemId ?? null),
    };
  });
  const present = presences.filter((p) => p.status === AttendanceStatus.PRESENT).length;
  return {
    meeting: quorum(presences.length, present, attendance.quorumMinimum ?? null),
    items: itemIds.map((id, i) =>
      itemQuorum(
        presences,
        i + 1,
        new Set(attendance.disqualifications.filter((d) => d.agendaItemId === id).map((d) => d.userId)),
        attendance.quorumMinimum ?? null,
      ),
    ),
  };
}
