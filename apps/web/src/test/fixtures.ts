import { GraphQLError } from 'graphql';
import {
  MeDocument,
  type MeetingQuery,
  type MeQuery,
  MyGroupsDocument,
  type MyGroupsQuery,
  type ThemeFieldsFragment,
  ThemesDocument,
} from '@elinvoima/graphql';
import type { Mock } from './render';

/** The API's answers carry each object's type name, which the generated types leave out. */
export type Typed<T> = T extends (infer U)[]
  ? Typed<U>[]
  : T extends object
    ? { [K in keyof T]: Typed<T[K]> } & { __typename?: string }
    : T;

export const GROUP_ID = 'group-vesanto';
export const MEETING_ID = 'meeting-housing';

export const HOUSING: Typed<ThemeFieldsFragment> = {
  __typename: 'Theme',
  id: 'theme-housing',
  nameFi: 'asuminen',
  nameEn: 'housing',
  colour: '#1f6f8b',
};
export const BUDGET: Typed<ThemeFieldsFragment> = {
  __typename: 'Theme',
  id: 'theme-budget',
  nameFi: 'talous ja budjetti',
  nameEn: 'finances and budget',
  colour: '#6b3fa0',
};

const GROUP = { __typename: 'Group', id: GROUP_ID, name: 'Vesannon elinvoimaryhmä' };

/** Sanna, the group's secretary. */
export function meMock(): Mock {
  const me: Typed<NonNullable<MeQuery['me']>> = {
    __typename: 'User',
    id: 'user-sanna',
    name: 'Sanna Kettunen',
    email: 'sihteeri@vesanto.example',
    locale: 'FI',
    isOrgAdmin: false,
    memberships: [{ __typename: 'Membership', id: 'membership-sanna', role: 'SECRETARY', group: GROUP }],
  };
  return { request: { query: MeDocument }, result: { data: { me } } };
}

export function myGroupsMock(): Mock {
  const group: Typed<MyGroupsQuery['myGroups'][number]> = {
    ...GROUP,
    description: '',
    defaultLocale: 'FI',
    minutesPublic: false,
    version: 1,
    myRole: 'SECRETARY',
    organization: { __typename: 'Organization', id: 'org-vesanto', name: 'Vesannon kunta' },
  };
  return { request: { query: MyGroupsDocument }, result: { data: { myGroups: [group] } } };
}

export function themesMock(): Mock {
  return {
    request: { query: ThemesDocument, variables: { groupId: GROUP_ID } },
    result: { data: { themes: [HOUSING, BUDGET] } },
  };
}

/** The housing theme meeting of 21.11.2018 as its draft stands, with no agenda yet. */
export function housingMeeting(changes: Partial<Typed<MeetingQuery['meeting']>> = {}): Typed<MeetingQuery['meeting']> {
  return {
    __typename: 'Meeting',
    id: MEETING_ID,
    groupId: GROUP_ID,
    title: 'Teemakokous asumisesta',
    kind: 'THEME',
    startsAt: '2018-11-21T12:00:00.000Z',
    endsAt: '2018-11-21T14:00:00.000Z',
    location: 'Vesannon kunnantalo',
    onlineUrl: null,
    status: 'DRAFT',
    cancelReason: null,
    agendaPublishedAt: null,
    agendaVersion: 1,
    version: 3,
    themes: [HOUSING],
    group: GROUP,
    agenda: [],
    changes: [],
    ...changes,
  };
}

/** The housing meeting's first item, as the secretary drafted it. */
export function housingItem(
  changes: Partial<Typed<MeetingQuery['meeting']['agenda'][number]>> = {},
): Typed<MeetingQuery['meeting']['agenda'][number]> {
  return {
    __typename: 'AgendaItem',
    id: 'item-housing-market',
    meetingId: MEETING_ID,
    position: 1,
    number: '1',
    title: 'Asuntomarkkinoiden tilanne',
    description: 'Vuokra-asuntojen kysyntä on kasvanut.',
    descriptionHtml: '<p>Vuokra-asuntojen kysyntä on kasvanut.</p>',
    kind: 'DISCUSSION',
    proposal: null,
    plannedMinutes: 30,
    plannedStart: '2018-11-21T12:00:00.000Z',
    presenterUserId: null,
    presenterName: 'Matti Asikainen',
    presenterOrganization: 'SavoGrow',
    presenter: null,
    projectId: null,
    project: null,
    themes: [HOUSING],
    changedAfterPublishing: false,
    version: 2,
    attachments: [],
    ...changes,
  };
}

/** An answer of the API refusing a request, as its GraphQL error with a code (and fields for bad input). */
export function refusal(code: string, message: string, fields?: { field: string; message: string }[]) {
  return { errors: [new GraphQLError(message, { extensions: { code, ...(fields ? { fields } : {}) } })] };
}
