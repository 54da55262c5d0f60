import { AgendaItemKind, GroupRole, MeetingKind, MeetingStatus } from '@elinvoima/domain';
import { LoginDocument } from '@elinvoima/graphql';
import { createHash, randomBytes } from 'node:crypto';
import { hashPassword } from '../../src/auth/passwords.js';
import { AgendaItemEntity } from '../../src/agendas/agenda-item.entity.js';
import { GroupEntity } from '../../src/groups/group.entity.js';
import { MembershipEntity } from '../../src/groups/membership.entity.js';
import { MeetingEntity } from '../../src/meetings/meeting.entity.js';
import { OrganizationEntity, OrganizationKind } from '../../src/organizations/organization.entity.js';
import { ProjectEntity } from '../../src/projects/project.entity.js';
import { ThemeEntity } from '../../src/themes/theme.entity.js';
import { UserEntity } from '../../src/users/user.entity.js';
import type { TestApp } from './test-app.js';

export const TEST_PASSWORD = 'oikein-hyva-salasana';
let passwordHash: Promise<string> | undefined;

function unique(): string {
  return randomBytes(4).toString('hex');
}

/** Factories for the people and groups a test needs, written straight to the test's database. */
export class World {
  constructor(readonly t: TestApp) {}

  async organization(name = `Kunta ${unique()}`): Promise<OrganizationEntity> {
    return this.t.db.getRepository(OrganizationEntity).save({ name, kind: OrganizationKind.MUNICIPALITY });
  }

  async user(overrides: Partial<UserEntity> = {}): Promise<UserEntity> {
    passwordHash ??= hashPassword(TEST_PASSWORD);
    const tag = unique();
    return this.t.db.getRepository(UserEntity).save({
      name: `Testi Henkilö ${tag}`,
      email: `henkilo.${tag}@kunta.example`,
      passwordHash: await passwordHash,
      ...overrides,
    });
  }

  async group(overrides: Partial<GroupEntity> = {}): Promise<GroupEntity> {
    const organizationId = overrides.organizationId ?? (await this.organization()).id;
    return this.t.db
      .getRepository(GroupEntity)
      .save({ name: `Elinvoimaryhmä ${unique()}`, organizationId, ...overrides });
  }

  async membership(
    group: GroupEntity,
    user: UserEntity,
    role: GroupRole,
    since = '2018-01-01',
  ): Promise<MembershipEntity> {
    return this.t.db.getRepository(MembershipEntity).save({ groupId: group.id, userId: user.id, role, since });
  }

  /** A user with a role in the group, already signed in. */
  async person(group: GroupEntity | null, role: GroupRole = GroupRole.MEMBER, overrides: Partial<UserEntity> = {}) {
    const user = await this.user(overrides);
    const membership = group ? await this.membership(group, user, role) : null;
    return { user, membership, token: await this.signIn(user) };
  }

  async theme(group: GroupEntity, nameFi = `teema ${unique()}`): Promise<ThemeEntity> {
    return this.t.db.getRepository(ThemeEntity).save({ groupId: group.id, nameFi, nameEn: `theme ${nameFi}` });
  }

  async project(name = `Hanke ${unique()}`): Promise<ProjectEntity> {
    return this.t.db.getRepository(ProjectEntity).save({ name, managerName: 'Ville Keränen' });
  }

  /** A meeting on 21.11.2018 at 14.00 Helsinki time, two hours, a draft unless told otherwise. */
  async meeting(group: GroupEntity, overrides: Partial<MeetingEntity> = {}): Promise<MeetingEntity> {
    return this.t.db.getRepository(MeetingEntity).save({
      groupId: group.id,
      title: 'Teemakokous asumisesta',
      kind: MeetingKind.THEME,
      startsAt: new Date('2018-11-21T12:00:00Z'),
      endsAt: new Date('2018-11-21T14:00:00Z'),
      location: 'Vesannon kunnantalo',
      status: MeetingStatus.DRAFT,
      // A published agenda was published at some time; drafts and cancelled drafts never were.
      agendaPublishedAt: overrides.status === MeetingStatus.AGENDA_PUBLISHED ? new Date('2018-11-07T10:00:00Z') : null,
      ...overrides,
    });
  }

  async agendaItem(meeting: MeetingEntity, overrides: Partial<AgendaItemEntity> = {}): Promise<AgendaItemEntity> {
    const [{ last }] = await this.t.db.query(
      `SELECT coalesce(max(position), 0)::int AS last FROM agenda_item WHERE meeting_id = $1`,
      [meeting.id],
    );
    return this.t.db.getRepository(AgendaItemEntity).save({
      meetingId: meeting.id,
      position: last + 1,
      title: `Asia ${unique()}`,
      kind: AgendaItemKind.INFORMATION,
      plannedMinutes: 15,
      ...overrides,
    });
  }

  /** A file attached to the item, written straight to the database (a tiny PDF unless told). */
  async attachment(
    item: AgendaItemEntity,
    content = Buffer.from('%PDF-1.4\n%%EOF\n'),
    fileName = 'liite.pdf',
    mediaType = 'application/pdf',
  ): Promise<{ id: string }> {
    const sha256 = createHash('sha256').update(content).digest('hex');
    const [row] = await this.t.db.query(
      `WITH a AS (INSERT INTO attachment (agenda_item_id, file_name, media_type, size_bytes, sha256) VALUES ($1, $2, $3, $4, $5) RETURNING id)
       INSERT INTO attachment_content (attachment_id, content) SELECT id, $6 FROM a RETURNING attachment_id AS id`,
      [item.id, fileName, mediaType, content.length, sha256, content],
    );
    return row;
  }

  itemsOf(meeting: MeetingEntity): Promise<AgendaItemEntity[]> {
    return this.t.db
      .getRepository(AgendaItemEntity)
      .find({ where: { meetingId: meeting.id }, order: { position: 'ASC' } });
  }

  async reload(group: GroupEntity): Promise<GroupEntity> {
    return this.t.db.getRepository(GroupEntity).findOneByOrFail({ id: group.id });
  }

  async signIn(user: UserEntity): Promise<string> {
    const result = await this.t.gql(LoginDocument, {
      input: { email: user.email, password: TEST_PASSWORD, bearer: true },
    });
    if (!result.data?.login.token) throw new Error(`sign-in failed: ${JSON.stringify(result.errors)}`);
    return result.data.login.token;
  }
}
