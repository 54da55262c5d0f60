import { formatTime, helsinkiTime, isIsoDate, parseClockInput } from '@elinvoima/domain';
import type { MeetingKind } from '@elinvoima/graphql';
import { helsinkiDate } from '../../lib/dates';

export const MEETING_KINDS: MeetingKind[] = ['REGULAR', 'THEME', 'REVIEW', 'OTHER'];

/** What the meeting form holds: the date and times as a person in Helsinki enters them. */
export interface MeetingFormValues {
  title: string;
  kind: MeetingKind;
  themeIds: string[];
  /** YYYY-MM-DD, or the text as typed while it is no date */
  date: string;
  /** `14.00`, as Finnish clock times are written (`14:00` is accepted too) */
  startTime: string;
  endTime: string;
  location: string;
  onlineUrl: string;
}

export interface SavedMeeting {
  title: string;
  kind: MeetingKind;
  themes: { id: string }[];
  startsAt: string;
  endsAt: string;
  location: string;
  onlineUrl?: string | null;
}

/** Checks made before sending, so that every missing field is named at once. */
export type FormProblem = {
  field: 'title' | 'date' | 'startTime' | 'endTime' | 'themeIds';
  key: 'form.requiredField' | 'meetingForm.chooseTheme' | 'meetingForm.badTime' | 'dateField.invalid';
};

export function blankMeeting(date = ''): MeetingFormValues {
  return {
    title: '',
    kind: 'REGULAR',
    themeIds: [],
    date,
    startTime: '14.00',
    endTime: '16.00',
    location: '',
    onlineUrl: '',
  };
}

export function meetingValues(meeting: SavedMeeting): MeetingFormValues {
  return {
    title: meeting.title,
    kind: meeting.kind,
    themeIds: meeting.themes.map((th) => th.id).sort(),
    date: helsinkiDate(meeting.startsAt),
    startTime: formatTime(meeting.startsAt),
    endTime: formatTime(meeting.endsAt),
    location: meeting.location,
    onlineUrl: meeting.onlineUrl ?? '',
  };
}

export function checkValues(values: MeetingFormValues): FormProblem[] {
  const problems: FormProblem[] = [];
  if (!values.title.trim()) problems.push({ field: 'title', key: 'form.requiredField' });
  for (const field of ['date', 'startTime', 'endTime'] as const) {
    if (!values[field].trim()) problems.push({ field, key: 'form.requiredField' });
    else if (field === 'date' && !isIsoDate(values.date)) problems.push({ field, key: 'dateField.invalid' });
    else if (field !== 'date' && !parseClockInput(values[field])) problems.push({ field, key: 'meetingForm.badTime' });
  }
  // A theme meeting is about a theme; other meetings may list themes too, but need not.
  if (values.kind === 'THEME' && values.themeIds.length === 0)
    problems.push({ field: 'themeIds', key: 'meetingForm.chooseTheme' });
  return problems;
}

/** Start and end as instants; a meeting ends on the day it starts. */
export function meetingPeriod(values: MeetingFormValues): { startsAt: string; endsAt: string } {
  return {
    startsAt: helsinkiTime(values.date, parseClockInput(values.startTime) ?? values.startTime).toISOString(),
    endsAt: helsinkiTime(values.date, parseClockInput(values.endTime) ?? values.endTime).toISOString(),
  };
}

export function meetingInput(values: MeetingFormValues) {
  return {
    title: values.title,
    kind: values.kind,
    themeIds: values.themeIds,
    location: values.location,
    onlineUrl: values.onlineUrl.trim() || null,
    ...meetingPeriod(values),
  };
}

const sameClock = (a: string, b: string) => (parseClockInput(a) ?? a.trim()) === (parseClockInput(b) ?? b.trim());
const sameThemes = (a: string[], b: string[]) =>
  a.length === b.length && [...a].sort().every((id, i) => id === [...b].sort()[i]);

function differs(a: MeetingFormValues, b: MeetingFormValues, field: keyof MeetingFormValues): boolean {
  if (field === 'themeIds') return !sameThemes(a.themeIds, b.themeIds);
  if (field === 'startTime' || field === 'endTime') return !sameClock(a[field], b[field]);
  return a[field] !== b[field];
}

const FIELDS = Object.keys(blankMeeting()) as (keyof MeetingFormValues)[];

/** Only what the user changed, so a save does not overwrite anyone else's other changes. */
export function changedInput(base: MeetingFormValues, values: MeetingFormValues) {
  const input = meetingInput(values);
  const changed: Partial<ReturnType<typeof meetingInput>> = {};
  if (differs(base, values, 'title')) changed.title = input.title;
  if (differs(base, values, 'kind')) changed.kind = input.kind;
  if (differs(base, values, 'themeIds')) changed.themeIds = input.themeIds;
  if (differs(base, values, 'location')) changed.location = input.location;
  if (differs(base, values, 'onlineUrl')) changed.onlineUrl = input.onlineUrl;
  if (differs(base, values, 'date') || differs(base, values, 'startTime') || differs(base, values, 'endTime')) {
    changed.startsAt = input.startsAt;
    changed.endsAt = input.endsAt;
  }
  return changed;
}

/**
 * After someone else saved the meeting: their version with this user's own changes applied
 * on top. `base` is what the user started from, `mine` what the form holds now.
 */
export function rebase(base: MeetingFormValues, mine: MeetingFormValues, latest: MeetingFormValues): MeetingFormValues {
  const next = { ...latest };
  for (const field of FIELDS) {
    if (differs(base, mine, field)) (next as Record<string, unknown>)[field] = mine[field];
  }
  return next;
}

/** The fields where the other person's save differs from what this user started from. */
export function changedByOthers(base: MeetingFormValues, latest: MeetingFormValues): (keyof MeetingFormValues)[] {
  return FIELDS.filter((field) => differs(base, latest, field));
}
