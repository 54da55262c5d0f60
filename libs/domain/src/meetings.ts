export enum MeetingKind {
  /** ajankohtaisia asioita */
  REGULAR = 'REGULAR',
  /** teemakokous: one or more themes */
  THEME = 'THEME',
  /** devoted to the group's evaluation of its own work */
  REVIEW = 'REVIEW',
  OTHER = 'OTHER',
}

/** The life of a meeting. Later stages (held, minutes) continue from AGENDA_PUBLISHED. */
export enum MeetingStatus {
  DRAFT = 'DRAFT',
  AGENDA_PUBLISHED = 'AGENDA_PUBLISHED',
  CANCELLED = 'CANCELLED',
}

const TRANSITIONS: Record<MeetingStatus, readonly MeetingStatus[]> = {
  [MeetingStatus.DRAFT]: [MeetingStatus.AGENDA_PUBLISHED, MeetingStatus.CANCELLED],
  [MeetingStatus.AGENDA_PUBLISHED]: [MeetingStatus.CANCELLED],
  [MeetingStatus.CANCELLED]: [],
};

export function canTransition(from: MeetingStatus, to: MeetingStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

/** Members see a meeting once its agenda is published; drafts are for the chair and the secretary. */
export function isVisibleToMembers(status: MeetingStatus): boolean {
  return status !== MeetingStatus.DRAFT;
}

export enum AgendaItemKind {
  INFORMATION = 'INFORMATION',
  DISCUSSION = 'DISCUSSION',
  DECISION = 'DECISION',
}

/** Each item's planned start, from the meeting's start and the planned minutes of the items before it. */
export function agendaTimetable(startsAt: Date, plannedMinutes: readonly (number | null)[]): Date[] {
  let offset = 0;
  return plannedMinutes.map((minutes) => {
    const start = new Date(startsAt.getTime() + offset * 60_000);
    offset += minutes ?? 0;
    return start;
  });
}

/** True when `proposed` holds exactly the ids of `current`, each once, in any order. */
export function isPermutation(current: readonly string[], proposed: readonly string[]): boolean {
  if (current.length !== proposed.length) return false;
  const remaining = new Set(current);
  for (const id of proposed) {
    if (!remaining.delete(id)) return false;
  }
  return remaining.size === 0;
}
