import { ErrorCode, GroupRole } from '@elinvoima/domain';
import {
  AccessibilityStatementDocument,
  AddAgendaItemDocument,
  AddMeetingGuestDocument,
  MeetingAttendanceDocument,
  RecordAttendanceDocument,
  RecordDisqualificationDocument,
  RemoveDisqualificationDocument,
  RemoveMeetingGuestDocument,
  SetGroupQuorumDocument,
  AddMemberDocument,
  CancelMeetingDocument,
  CreateGroupCalendarFeedDocument,
  CreateMyCalendarFeedDocument,
  MyCalendarFeedsDocument,
  OutboxDocument,
  SendOutboxMessageDocument,
  SendOutboxMessagesDocument,
  RevokeCalendarFeedDocument,
  ConfirmSeasonDocument,
  PlanSeasonDocument,
  CreateMeetingDocument,
  CreateThemeDocument,
  MeetingDocument,
  MeetingInviteesDocument,
  MeetingsDocument,
  ProjectsDocument,
  PublishAgendaDocument,
  RemoveAgendaItemDocument,
  RemoveAttachmentDocument,
  SearchDocument,
  ReorderAgendaDocument,
  ThemesDocument,
  ThemeUsageDocument,
  UpdateAgendaItemDocument,
  UpdateMeetingDocument,
  ChangeMemberRoleDocument,
  ChangePasswordDocument,
  EndOtherSessionsDocument,
  EndSessionDocument,
  HeldAccountMailDocument,
  MySessionsDocument,
  PasswordLinkDocument,
  RequestPasswordResetDocument,
  SetPasswordWithTokenDocument,
  CreateGroupDocument,
  EndMembershipDocument,
  GroupDocument,
  GroupStartPageDocument,
  MarkAgendaSeenDocument,
  StartPageDocument,
  LoginDocument,
  LogoutDocument,
  MeDocument,
  MyGroupsDocument,
  OrganizationsDocument,
  UpdateGroupDocument,
  UpdateMyProfileDocument,
} from '@elinvoima/graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { MeetingStatus } from '@elinvoima/domain';
import { PasswordTokenPurpose, PasswordTokensService } from '../src/accounts/password-tokens.service.js';
import { GroupEntity } from '../src/groups/group.entity.js';
import { MeetingEntity } from '../src/meetings/meeting.entity.js';
import { MembershipEntity } from '../src/groups/membership.entity.js';
import { UserEntity } from '../src/users/user.entity.js';
import { OutboxKind, OutboxMessageEntity, OutboxStatus } from '../src/mail/outbox-message.entity.js';
import { MailServer } from './support/mail-server.js';
import { codeOf, TestApp } from './support/test-app.js';
import { TEST_PASSWORD, World } from './support/world.js';

/** Who asks: nobody, each role in the group, and a member of another group. */
const ROLES = ['anonymous', 'member', 'secretary', 'chair', 'outsider'] as const;
type Role = (typeof ROLES)[number];

interface Setting {
  world: World;
  group: GroupEntity;
  organizationId: string;
  /** A fresh member of the group, for operations that change or end a membership. */
  freshMembership(): Promise<MembershipEntity>;
  freshUser(): Promise<UserEntity>;
  /** A fresh meeting of the group with two items; a draft unless told otherwise. */
  freshMeeting(status?: MeetingStatus): Promise<MeetingEntity>;
  /** The id of a new calendar feed made by the group's member. */
  membersFeed(): Promise<string>;
  /** A working one-time link of a new person who has no password yet. */
  freshPasswordToken(): Promise<string>;
  /** A meeting's invitation held in the group's outbox, with its calendar entry. */
  freshHeldMessage(): Promise<OutboxMessageEntity>;
}

/** A person of the role of their own, signed in on two devices: for operations that end sessions or change the password. */
interface OwnViewer {
  token: string;
  otherSessionId: string;
}

interface Row {
  operation: string;
  document: TypedDocumentNode<unknown, never>;
  variables: (s: Setting, viewer?: OwnViewer) => Promise<Record<string, unknown>>;
  /** Run as a fresh person of the role rather than the shared one, whose session must live on. */
  ownViewer?: true;
  allowed: readonly Role[];
  /** How a group member without the right is refused: FORBIDDEN, or NOT_FOUND for hidden drafts. */
  memberRefusal?: ErrorCode;
}

const EVERYONE = ROLES;
const SIGNED_IN: readonly Role[] = ['member', 'secretary', 'chair', 'outsider'];
const GROUP_MEMBERS: readonly Role[] = ['member', 'secretary', 'chair'];
const MANAGERS: readonly Role[] = ['secretary', 'chair'];
const NOBODY: readonly Role[] = [];

/**
 * Every mutation, and every query that returns group data, with who may run it.
 * A new operation fails the completeness test below until it has a row here.
 */
const MATRIX: Row[] = [
  { operation: 'me', document: MeDocument as never, variables: async () => ({}), allowed: EVERYONE },
  {
    operation: 'accessibilityStatement',
    document: AccessibilityStatementDocument as never,
    variables: async () => ({}),
    allowed: EVERYONE,
  },
  {
    operation: 'login',
    document: LoginDocument as never,
    variables: async (s) => ({ input: { email: (await s.freshUser()).email, password: TEST_PASSWORD } }),
    allowed: EVERYONE,
  },
  { operation: 'logout', document: LogoutDocument as never, variables: async () => ({}), allowed: EVERYONE },
  {
    operation: 'updateMyProfile',
    document: UpdateMyProfileDocument as never,
    variables: async () => ({ input: { locale: 'FI' } }),
    allowed: SIGNED_IN,
  },
  {
    operation: 'organizations',
    document: OrganizationsDocument as never,
    variables: async () => ({}),
    allowed: SIGNED_IN,
  },
  { operation: 'myGroups', document: MyGroupsDocument as never, variables: async () => ({}), allowed: SIGNED_IN },
  {
    operation: 'group',
    document: GroupDocument as never,
    variables: async (s) => ({ id: s.group.id }),
    allowed: GROUP_MEMBERS,
  },
  {
    operation: 'createGroup',
    document: CreateGroupDocument as never,
    variables: async (s) => ({ input: { organizationId: s.organizationId, name: 'Uusi ryhmä' } }),
    allowed: NOBODY,
  },
  {
    operation: 'updateGroup',
    document: UpdateGroupDocument as never,
    variables: async (s) => ({
      input: { id: s.group.id, version: (await s.world.reload(s.group)).version, description: 'Päivitetty kuvaus' },
    }),
    allowed: MANAGERS,
  },
  {
    operation: 'addMember',
    document: AddMemberDocument as never,
    variables: async (s) => {
      const user = await s.freshUser();
      return { input: { groupId: s.group.id, email: user.email, name: user.name, role: 'MEMBER' } };
    },
    allowed: MANAGERS,
  },
  {
    operation: 'changeMemberRole',
    document: ChangeMemberRoleDocument as never,
    variables: async (s) => {
      const m = await s.freshMembership();
      return { input: { membershipId: m.id, role: 'SECRETARY', version: m.version } };
    },
    allowed: MANAGERS,
  },
  {
    operation: 'endMembership',
    document: EndMembershipDocument as never,
    variables: async (s) => {
      const m = await s.freshMembership();
      return { input: { membershipId: m.id, version: m.version } };
    },
    allowed: MANAGERS,
  },
  { operation: 'projects', document: ProjectsDocument as never, variables: async () => ({}), allowed: SIGNED_IN },
  {
    operation: 'themes',
    document: ThemesDocument as never,
    variables: async (s) => ({ groupId: s.group.id }),
    allowed: GROUP_MEMBERS,
  },
  {
    operation: 'themeUsage',
    document: ThemeUsageDocument as never,
    variables: async (s) => ({ groupId: s.group.id, from: '2018-01-01T00:00:00Z', to: '2019-01-01T00:00:00Z' }),
    allowed: GROUP_MEMBERS,
  },
  {
    operation: 'createTheme',
    document: CreateThemeDocument as never,
    variables: async (s) => ({
      input: { groupId: s.group.id, nameFi: `matkailu ${Math.random()}`, nameEn: 'tourism' },
    }),
    allowed: MANAGERS,
  },
  {
    operation: 'meetings',
    document: MeetingsDocument as never,
    variables: async (s) => ({ groupId: s.group.id }),
    allowed: GROUP_MEMBERS,
  },
  {
    operation: 'meeting',
    document: MeetingDocument as never,
    variables: async (s) => ({ id: (await s.freshMeeting(MeetingStatus.AGENDA_PUBLISHED)).id }),
    allowed: GROUP_MEMBERS,
  },
  { operation: 'startPage', document: StartPageDocument as never, variables: async () => ({}), allowed: SIGNED_IN },
  {
    operation: 'groupStartPage',
    document: GroupStartPageDocument as never,
    variables: async (s) => ({ groupId: s.group.id }),
    allowed: GROUP_MEMBERS,
  },
  {
    operation: 'markAgendaSeen',
    document: MarkAgendaSeenDocument as never,
    variables: async (s) => ({ meetingId: (await s.freshMeeting(MeetingStatus.AGENDA_PUBLISHED)).id }),
    allowed: GROUP_MEMBERS,
  },
  {
    operation: 'markAgendaSeen (draft)',
    document: MarkAgendaSeenDocument as never,
    variables: async (s) => ({ meetingId: (await s.freshMeeting()).id }),
    allowed: MANAGERS,
    memberRefusal: ErrorCode.NOT_FOUND,
  },
  {
    operation: 'meeting (draft)',
    document: MeetingDocument as never,
    variables: async (s) => ({ id: (await s.freshMeeting()).id }),
    allowed: MANAGERS,
    memberRefusal: ErrorCode.NOT_FOUND,
  },
  {
    // Cancelled before its agenda was published: the members never heard of it.
    operation: 'meeting (cancelled draft)',
    document: MeetingDocument as never,
    variables: async (s) => ({ id: (await s.freshMeeting(MeetingStatus.CANCELLED)).id }),
    allowed: MANAGERS,
    memberRefusal: ErrorCode.NOT_FOUND,
  },
  {
    operation: 'meeting (cancelled after publishing)',
    document: MeetingDocument as never,
    variables: async (s) => ({
      id: (
        await s.world.meeting(s.group, {
          status: MeetingStatus.CANCELLED,
          agendaPublishedAt: new Date('2018-11-01T10:00:00Z'),
        })
      ).id,
    }),
    allowed: GROUP_MEMBERS,
  },
  {
    // How many the invitation reaches is asked by those who publish; members read the roster instead.
    operation: 'meeting (invitees)',
    document: MeetingInviteesDocument as never,
    variables: async (s) => ({ id: (await s.freshMeeting(MeetingStatus.AGENDA_PUBLISHED)).id }),
    allowed: MANAGERS,
  },
  {
    operation: 'meeting (attendance)',
    document: MeetingAttendanceDocument as never,
    variables: async (s) => ({ id: (await s.freshMeeting(MeetingStatus.AGENDA_PUBLISHED)).id }),
    allowed: GROUP_MEMBERS,
  },
  {
    operation: 'meeting (attendance of a draft)',
    document: MeetingAttendanceDocument as never,
    variables: async (s) => ({ id: (await s.freshMeeting()).id }),
    allowed: MANAGERS,
    memberRefusal: ErrorCode.NOT_FOUND,
  },
  {
    operation: 'recordAttendance',
    document: RecordAttendanceDocument as never,
    variables: async (s) => {
      const { userId } = await s.freshMembership();
      const meetingId = (await s.freshMeeting(MeetingStatus.AGENDA_PUBLISHED)).id;
      return { input: { meetingId, version: 0, entries: [{ userId, status: 'PRESENT' }] } };
    },
    allowed: MANAGERS,
  },
  {
    operation: 'addMeetingGuest',
    document: AddMeetingGuestDocument as never,
    variables: async (s) => ({
      input: {
        meetingId: (await s.freshMeeting(MeetingStatus.AGENDA_PUBLISHED)).id,
        version: 0,
        name: 'Pia Kuosmanen',
        role: 'PRESENTER',
      },
    }),
    allowed: MANAGERS,
  },
  {
    operation: 'removeMeetingGuest',
    document: RemoveMeetingGuestDocument as never,
    variables: async (s) => {
      const meetingId = (await s.freshMeeting(MeetingStatus.AGENDA_PUBLISHED)).id;
      await s.world.t.db.query(`INSERT INTO attendance (meeting_id) VALUES ($1)`, [meetingId]);
      const [{ id }] = await s.world.t.db.query(
        `INSERT INTO meeting_guest (meeting_id, name, role) VALUES ($1, 'Vieras', 'OTHER') RETURNING id`,
        [meetingId],
      );
      return { input: { meetingId, version: 1, guestId: id } };
    },
    allowed: MANAGERS,
  },
  {
    operation: 'recordDisqualification',
    document: RecordDisqualificationDocument as never,
    variables: async (s) => {
      const { userId } = await s.freshMembership();
      const meetingId = (await s.freshMeeting(MeetingStatus.AGENDA_PUBLISHED)).id;
      const agendaItemId = (await s.world.agendaItem({ id: meetingId } as MeetingEntity)).id;
      return { input: { meetingId, version: 0, agendaItemId, userId, reason: 'Hankkeen hakija' } };
    },
    allowed: MANAGERS,
  },
  {
    operation: 'removeDisqualification',
    document: RemoveDisqualificationDocument as never,
    variables: async (s) => {
      const { userId } = await s.freshMembership();
      const meetingId = (await s.freshMeeting(MeetingStatus.AGENDA_PUBLISHED)).id;
      const agendaItemId = (await s.world.agendaItem({ id: meetingId } as MeetingEntity)).id;
      await s.world.t.db.query(`INSERT INTO attendance (meeting_id) VALUES ($1)`, [meetingId]);
      await s.world.t.db.query(`INSERT INTO disqualification VALUES ($1, $2, $3, '')`, [
        meetingId,
        agendaItemId,
        userId,
      ]);
      return { input: { meetingId, version: 1, agendaItemId, userId } };
    },
    allowed: MANAGERS,
  },
  {
    operation: 'setGroupQuorum',
    document: SetGroupQuorumDocument as never,
    variables: async (s) => {
      const { version } = await s.world.t.db.getRepository(GroupEntity).findOneByOrFail({ id: s.group.id });
      return { input: { groupId: s.group.id, version, quorumMinimum: null } };
    },
    allowed: MANAGERS,
  },
  {
    operation: 'createMeeting',
    document: CreateMeetingDocument as never,
    variables: async (s) => ({
      input: {
        groupId: s.group.id,
        title: 'Ajankohtaisia asioita',
        kind: 'REGULAR',
        startsAt: '2018-10-24T11:00:00Z',
        endsAt: '2018-10-24T13:00:00Z',
      },
    }),
    allowed: MANAGERS,
  },
  {
    operation: 'updateMeeting',
    document: UpdateMeetingDocument as never,
    variables: async (s) => {
      const m = await s.freshMeeting();
      return { input: { id: m.id, version: m.version, location: 'Kunnantalo' } };
    },
    allowed: MANAGERS,
  },
  {
    operation: 'cancelMeeting',
    document: CancelMeetingDocument as never,
    variables: async (s) => {
      const m = await s.freshMeeting(MeetingStatus.AGENDA_PUBLISHED);
      return { input: { id: m.id, version: m.version, reason: 'Päällekkäinen valtuuston kokous' } };
    },
    allowed: MANAGERS,
  },
  {
    operation: 'publishAgenda',
    document: PublishAgendaDocument as never,
    variables: async (s) => {
      const m = await s.freshMeeting();
      return { input: { meetingId: m.id, version: m.version } };
    },
    allowed: MANAGERS,
  },
  {
    operation: 'addAgendaItem',
    document: AddAgendaItemDocument as never,
    variables: async (s) => ({ input: { meetingId: (await s.freshMeeting()).id, title: 'Future Savo -hanke' } }),
    allowed: MANAGERS,
  },
  {
    operation: 'updateAgendaItem',
    document: UpdateAgendaItemDocument as never,
    variables: async (s) => {
      const item = await s.world.agendaItem(await s.freshMeeting());
      return { input: { id: item.id, version: item.version, plannedMinutes: 20 } };
    },
    allowed: MANAGERS,
  },
  {
    operation: 'removeAgendaItem',
    document: RemoveAgendaItemDocument as never,
    variables: async (s) => {
      const item = await s.world.agendaItem(await s.freshMeeting());
      return { input: { id: item.id, version: item.version } };
    },
    allowed: MANAGERS,
  },
  {
    operation: 'reorderAgenda',
    document: ReorderAgendaDocument as never,
    variables: async (s) => {
      const m = await s.freshMeeting();
      const ids = (await s.world.itemsOf(m)).map((i) => i.id).reverse();
      return { input: { meetingId: m.id, agendaVersion: m.agendaVersion, itemIds: ids } };
    },
    allowed: MANAGERS,
  },
  {
    operation: 'planSeason',
    document: PlanSeasonDocument as never,
    variables: async (s) => ({
      input: {
        groupId: s.group.id,
        from: '2018-10-01',
        to: '2018-12-31',
        startTime: '14.00',
        durationMinutes: 120,
        rule: { type: 'NTH_WEEKDAY_OF_MONTH', weekday: 3, nth: 4 },
      },
    }),
    allowed: MANAGERS,
  },
  {
    operation: 'confirmSeason',
    document: ConfirmSeasonDocument as never,
    variables: async (s) => ({
      input: {
        groupId: s.group.id,
        meetings: [
          {
            title: 'Ajankohtaisia asioita',
            kind: 'REGULAR',
            startsAt: '2018-10-24T11:00:00Z',
            endsAt: '2018-10-24T13:00:00Z',
          },
        ],
      },
    }),
    allowed: MANAGERS,
  },
  {
    operation: 'removeAttachment',
    document: RemoveAttachmentDocument as never,
    variables: async (s) => {
      const item = await s.world.agendaItem(await s.freshMeeting(MeetingStatus.AGENDA_PUBLISHED));
      return { input: { id: (await s.world.attachment(item)).id } };
    },
    allowed: MANAGERS,
  },
  {
    operation: 'search',
    document: SearchDocument as never,
    variables: async (s) => ({ query: 'asum', groupId: s.group.id }),
    // The outsider is not refused: they get no hits of the group (asserted below).
    allowed: SIGNED_IN,
  },
  {
    operation: 'outbox',
    document: OutboxDocument as never,
    variables: async (s) => ({ groupId: s.group.id }),
    allowed: MANAGERS,
  },
  {
    operation: 'sendOutboxMessage',
    document: SendOutboxMessageDocument as never,
    variables: async (s) => ({ input: { id: (await s.freshHeldMessage()).id } }),
    allowed: MANAGERS,
  },
  {
    operation: 'sendOutboxMessages',
    document: SendOutboxMessagesDocument as never,
    variables: async (s) => ({ input: { groupId: s.group.id, meetingId: (await s.freshHeldMessage()).meetingId } }),
    allowed: MANAGERS,
  },
  {
    operation: 'myCalendarFeeds',
    document: MyCalendarFeedsDocument as never,
    variables: async () => ({}),
    allowed: SIGNED_IN,
  },
  {
    operation: 'createMyCalendarFeed',
    document: CreateMyCalendarFeedDocument as never,
    variables: async () => ({}),
    allowed: SIGNED_IN,
  },
  {
    operation: 'createGroupCalendarFeed',
    document: CreateGroupCalendarFeedDocument as never,
    variables: async (s) => ({ input: { groupId: s.group.id } }),
    allowed: GROUP_MEMBERS,
  },
  {
    operation: 'revokeCalendarFeed',
    document: RevokeCalendarFeedDocument as never,
    variables: async (s) => ({ input: { id: await s.membersFeed() } }),
    // A feed is its maker's own: to everyone else it does not exist.
    allowed: ['member'],
    memberRefusal: ErrorCode.NOT_FOUND,
  },
  {
    operation: 'passwordLink',
    document: PasswordLinkDocument as never,
    variables: async (s) => ({ token: await s.freshPasswordToken() }),
    allowed: EVERYONE,
  },
  {
    operation: 'setPasswordWithToken',
    document: SetPasswordWithTokenDocument as never,
    variables: async (s) => ({ input: { token: await s.freshPasswordToken(), password: 'kesäilta järven rannalla' } }),
    // The link is the credential, whoever holds it.
    allowed: EVERYONE,
  },
  {
    operation: 'requestPasswordReset',
    document: RequestPasswordResetDocument as never,
    variables: async (s) => ({ input: { email: (await s.freshUser()).email } }),
    allowed: EVERYONE,
  },
  {
    operation: 'changePassword',
    document: ChangePasswordDocument as never,
    variables: async () => ({ input: { currentPassword: TEST_PASSWORD, newPassword: 'syksyn kokoukset alkavat' } }),
    ownViewer: true,
    allowed: SIGNED_IN,
  },
  { operation: 'mySessions', document: MySessionsDocument as never, variables: async () => ({}), allowed: SIGNED_IN },
  {
    operation: 'endSession',
    document: EndSessionDocument as never,
    variables: async (_s, viewer) => ({ id: viewer?.otherSessionId ?? '00000000-0000-4000-8000-000000000000' }),
    ownViewer: true,
    allowed: SIGNED_IN,
  },
  {
    operation: 'endOtherSessions',
    document: EndOtherSessionsDocument as never,
    variables: async () => ({}),
    ownViewer: true,
    allowed: SIGNED_IN,
  },
  // Held password reset links: organization admins only (asserted in passwords.spec.ts).
  {
    operation: 'heldAccountMail',
    document: HeldAccountMailDocument as never,
    variables: async () => ({}),
    allowed: NOBODY,
  },
];

/** A plain HTTP route that shows group data, with who may fetch it; a refused group member gets `memberStatus`. */
interface RestRow {
  route: string;
  path: (s: Setting) => Promise<string>;
  allowed: readonly Role[];
  memberStatus?: number;
}

const meetingPath = (file: string, status: MeetingStatus) => async (s: Setting) =>
  `/meetings/${(await s.freshMeeting(status)).id}/${file}`;

const heldMessagePath = (file: string) => async (s: Setting) =>
  `/outbox-messages/${(await s.freshHeldMessage()).id}/${file}`;

/**
 * The file routes: the meeting's documents for the same roles as the meeting itself, a draft hidden
 * (404) from members; the outbox's downloads for its managers, like the outbox page.
 */
const REST_MATRIX: RestRow[] = [
  ...['agenda.pdf', 'meeting-pack.pdf', 'invitation.ics'].flatMap((file) => [
    {
      route: `GET /meetings/:id/${file} (published)`,
      path: meetingPath(file, MeetingStatus.AGENDA_PUBLISHED),
      allowed: GROUP_MEMBERS,
    },
    {
      route: `GET /meetings/:id/${file} (draft)`,
      path: meetingPath(file, MeetingStatus.DRAFT),
      allowed: MANAGERS,
      memberStatus: 404,
    },
  ]),
  { route: 'GET /outbox-messages/:id/message.eml', path: heldMessagePath('message.eml'), allowed: MANAGERS },
  { route: 'GET /outbox-messages/:id/calendar.ics', path: heldMessagePath('calendar.ics'), allowed: MANAGERS },
  {
    route: 'GET /meetings/:id/held-mail.zip',
    path: async (s) => `/meetings/${(await s.freshHeldMessage()).meetingId}/held-mail.zip`,
    allowed: MANAGERS,
  },
];

/** Operations with no group data, so not in the matrix (none yet). */
const NOT_GROUP_DATA: string[] = [];

describe('authorization matrix', () => {
  let t: TestApp;
  let smtp: MailServer;
  let setting: Setting;
  let ownViewer: (role: Role) => Promise<OwnViewer>;
  const tokens: Partial<Record<Role, string>> = {};

  beforeAll(async () => {
    // A mail server, so that the managers' sending from the outbox succeeds.
    smtp = await MailServer.start();
    t = await TestApp.start({ SMTP_URL: smtp.url });
    const world = new World(t);
    const group = await world.group();
    const other = await world.group();
    tokens.chair = (await world.person(group, GroupRole.CHAIR)).token;
    tokens.secretary = (await world.person(group, GroupRole.SECRETARY)).token;
    const member = await world.person(group, GroupRole.MEMBER);
    tokens.member = member.token;
    tokens.outsider = (await world.person(other, GroupRole.CHAIR)).token;
    setting = {
      world,
      group,
      organizationId: group.organizationId,
      freshUser: () => world.user(),
      freshMembership: async () => world.membership(group, await world.user(), GroupRole.MEMBER),
      membersFeed: async () => {
        const created = await t.gql(
          CreateGroupCalendarFeedDocument,
          { input: { groupId: group.id } },
          { token: member.token },
        );
        return created.data!.createGroupCalendarFeed.feed.id;
      },
      freshPasswordToken: async () => {
        const user = await world.user({ passwordHash: null });
        return t.db.transaction((tx) =>
          t.app.get(PasswordTokensService).issue(tx, user.id, PasswordTokenPurpose.INVITATION),
        );
      },
      freshHeldMessage: async () => {
        const meeting = await world.meeting(group, { status: MeetingStatus.AGENDA_PUBLISHED });
        return t.db.getRepository(OutboxMessageEntity).save({
          groupId: group.id,
          meetingId: meeting.id,
          kind: OutboxKind.INVITATION,
          recipientEmail: member.user.email,
          recipientName: member.user.name,
          subject: 'Kokouskutsu',
          textBody: 'Hei,',
          ics: 'BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nEND:VCALENDAR\r\n',
          icsMethod: 'REQUEST',
          status: OutboxStatus.HELD,
        });
      },
      freshMeeting: async (status = MeetingStatus.DRAFT) => {
        const meeting = await world.meeting(group, { status });
        await world.agendaItem(meeting);
        await world.agendaItem(meeting);
        return meeting;
      },
    };
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  beforeAll(() => {
    const roleIn = {
      member: GroupRole.MEMBER,
      secretary: GroupRole.SECRETARY,
      chair: GroupRole.CHAIR,
      outsider: GroupRole.CHAIR,
    } as const;
    ownViewer = async (role) => {
      const inGroup = role === 'outsider' ? await setting.world.group() : setting.group;
      const { user } = await setting.world.person(inGroup, roleIn[role as keyof typeof roleIn]);
      const other = await setting.world.signIn(user);
      const token = await setting.world.signIn(user);
      const sessions = await t.gql(MySessionsDocument, {}, { token: other });
      return { token, otherSessionId: sessions.data!.mySessions.find((session) => session.current)!.id };
    };
  });

  it('has a row for every mutation and query of the schema', () => {
    const schema = t.app.get(GraphQLSchemaHost).schema;
    const operations = [
      ...Object.keys(schema.getQueryType()?.getFields() ?? {}),
      ...Object.keys(schema.getMutationType()?.getFields() ?? {}),
    ];
    const covered = [...new Set([...MATRIX.map((row) => row.operation.split(' ')[0]), ...NOT_GROUP_DATA])];
    expect([...covered].sort()).toEqual([...operations].sort());
  });

  describe.each(MATRIX)('$operation', (row) => {
    it.each(ROLES)('as %s', async (role) => {
      const viewer = row.ownViewer && role !== 'anonymous' ? await ownViewer(role) : undefined;
      const token = viewer?.token ?? tokens[role as Role];
      // `logout` would end the shared session of this role: give it its own.
      const ownToken = row.operation === 'logout' && token ? await signInAgain(t, token) : token;
      const result = await t.gql(row.document, (await row.variables(setting, viewer)) as never, { token: ownToken });
      if (row.allowed.includes(role)) {
        expect(result.errors).toBeUndefined();
      } else {
        const expected =
          role === 'anonymous'
            ? ErrorCode.UNAUTHENTICATED
            : role === 'outsider' && row.allowed !== NOBODY
              ? ErrorCode.NOT_FOUND
              : (row.memberRefusal ?? ErrorCode.FORBIDDEN);
        expect(codeOf(result)).toBe(expected);
        expect(result.data ?? null).toBeNull();
      }
    });
  });

  describe.each(REST_MATRIX)('$route', (row) => {
    it.each(ROLES)('as %s', async (role) => {
      const token = tokens[role as Role];
      const req = t.http().get(await row.path(setting));
      const res = await (token ? req.set('authorization', `Bearer ${token}`) : req);
      if (row.allowed.includes(role)) {
        expect(res.status).toBe(200);
      } else {
        expect(res.status).toBe(role === 'anonymous' ? 401 : role === 'outsider' ? 404 : (row.memberStatus ?? 403));
      }
    });
  });

  it('lists the group only to its own members', async () => {
    const outsider = await t.gql(MyGroupsDocument, {}, { token: tokens.outsider });
    expect(outsider.data?.myGroups.map((g) => g.id)).not.toContain(setting.group.id);
    const member = await t.gql(MyGroupsDocument, {}, { token: tokens.member });
    expect(member.data?.myGroups.map((g) => g.id)).toEqual([setting.group.id]);
  });

  it('does not show who else a person works with in other groups', async () => {
    const result = await t.gql(GroupDocument, { id: setting.group.id }, { token: tokens.member });
    const memberships = await t.db.query(`SELECT count(*)::int AS n FROM membership`);
    expect(memberships[0].n).toBeGreaterThan(result.data!.group.members.length);
    const res = await t
      .http()
      .post('/graphql')
      .set('content-type', 'application/json')
      .set('authorization', `Bearer ${tokens.member}`)
      .send({
        query: `query($id: ID!) { group(id: $id) { members { user { memberships { id } } } } }`,
        variables: { id: setting.group.id },
      });
    const seen = res.body.data.group.members.flatMap((m: { user: { memberships: unknown[] } }) => m.user.memberships);
    // Only the viewer's own memberships are visible; here that is their one membership.
    expect(seen).toHaveLength(1);
  });

  it("shows a group's coming meetings on the start page to its own members only", async () => {
    const startsAt = new Date(Date.now() + 5 * 24 * 3_600_000);
    const meeting = await setting.world.meeting(setting.group, {
      status: MeetingStatus.AGENDA_PUBLISHED,
      startsAt,
      endsAt: new Date(startsAt.getTime() + 3_600_000),
    });
    const idsFor = async (role: Role) => {
      const page = (await t.gql(StartPageDocument, {}, { token: tokens[role] })).data!.startPage;
      return [...page.nextMeetings, ...page.newAgendas].map((m) => m.id);
    };
    expect(await idsFor('member')).toContain(meeting.id);
    expect(await idsFor('outsider')).not.toContain(meeting.id);
  });

  it('gives a member of another group no search hits of the group', async () => {
    const meeting = await setting.freshMeeting(MeetingStatus.AGENDA_PUBLISHED);
    await setting.world.agendaItem(meeting, { title: 'Asuminen ja palvelut' });
    const member = await t.gql(SearchDocument, { query: 'asum', groupId: setting.group.id }, { token: tokens.member });
    expect(member.data?.search.length).toBeGreaterThan(0);
    const outsider = await t.gql(SearchDocument, { query: 'asum' }, { token: tokens.outsider });
    expect(outsider.data?.search.filter((hit) => hit.groupId === setting.group.id)).toEqual([]);
  });

  it('lets an organization admin create a group and manage any group', async () => {
    const admin = await setting.world.person(null, GroupRole.MEMBER, { isOrgAdmin: true });
    const created = await t.gql(
      CreateGroupDocument,
      { input: { organizationId: setting.organizationId, name: 'Rautalammin elinvoimaryhmä' } },
      { token: admin.token },
    );
    expect(created.data?.createGroup.name).toBe('Rautalammin elinvoimaryhmä');
    const opened = await t.gql(GroupDocument, { id: setting.group.id }, { token: admin.token });
    expect(opened.errors).toBeUndefined();
  });

  it('refuses an ended membership its former rights', async () => {
    const { user, membership, token } = await setting.world.person(setting.group, GroupRole.SECRETARY);
    await t.db.getRepository(MembershipEntity).update(membership!.id, { until: '2018-12-31' });
    const result = await t.gql(GroupDocument, { id: setting.group.id }, { token });
    expect(codeOf(result)).toBe(ErrorCode.NOT_FOUND);
    expect(user.id).toBeDefined();
  });
});

async function signInAgain(t: TestApp, token: string): Promise<string> {
  const me = await t.gql(MeDocument, {}, { token });
  const login = await t.gql(LoginDocument, {
    input: { email: me.data!.me!.email, password: TEST_PASSWORD, bearer: true },
  });
  return login.data!.login.token!;
}
