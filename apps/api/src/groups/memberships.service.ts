import {
  ErrorCode,
  GroupRole,
  mayChangeChair,
  todayInHelsinki,
  touchesChair,
  wouldLeaveGroupUnmanaged,
  wouldLeaveGroupWithoutChair,
} from '@elinvoima/domain';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, IsNull } from 'typeorm';
import { DomainError } from '../common/domain-error.js';
import { translate } from '../i18n/translate.js';
import { updateVersioned } from '../common/versioned-update.js';
import { UserEntity } from '../users/user.entity.js';
import type { AddMemberInput, ChangeMemberRoleInput, EndMembershipInput } from './dto/membership.inputs.js';
import { GroupEntity } from './group.entity.js';
import { GroupEvents } from './group-events.js';
import { MembershipEntity } from './membership.entity.js';

/** Who asks for a change: their own role in the group, and whether they administer the organization. */
export interface MembershipActor {
  role: GroupRole | null;
  isOrgAdmin: boolean;
}

@Injectable()
export class MembershipsService {
  constructor(
    private readonly db: DataSource,
    private readonly events: GroupEvents,
  ) {}

  /**
   * Adds a person to a group, creating their account if the email is new. The group's listeners
   * hear of it in the same transaction (someone with no password yet gets a sign-in invitation).
   */
  async add(input: AddMemberInput, actor: MembershipActor): Promise<MembershipEntity> {
    refuseChairChangeBy(actor, null, input.role);
    const added = await this.db.transaction(async (tx) => {
      const email = input.email.toLowerCase();
      const users = tx.getRepository(UserEntity);
      let user = await users.createQueryBuilder('u').where('lower(u.email) = :email', { email }).getOne();
      user ??= await users.save(users.create({ email, name: input.name, locale: input.locale }));
      const memberships = tx.getRepository(MembershipEntity);
      if (await memberships.existsBy({ groupId: input.groupId, userId: user.id, until: IsNull() })) {
        throw DomainError.badInput('email', 'membership.alreadyMember');
      }
      const membership = await memberships.save(
        memberships.create({
          groupId: input.groupId,
          userId: user.id,
          role: input.role,
          since: input.since ?? todayInHelsinki(),
        }),
      );
      await this.events.memberAdded(tx, user.id, input.groupId);
      return membership;
    });
    this.events.committed();
    return added;
  }

  changeRole(input: ChangeMemberRoleInput, actor: MembershipActor): Promise<MembershipEntity> {
    return this.db.transaction(async (tx) => {
      await this.refuseUngovernedChange(tx, input.membershipId, input.role, actor);
      await updateVersioned(tx.getRepository(MembershipEntity), input.membershipId, input.version, {
        role: input.role,
      });
      return tx.getRepository(MembershipEntity).findOneByOrFail({ id: input.membershipId });
    });
  }

  end(input: EndMembershipInput, actor: MembershipActor): Promise<MembershipEntity> {
    return this.db.transaction(async (tx) => {
      const membership = await this.refuseUngovernedChange(tx, input.membershipId, null, actor);
      const until = input.until ?? todayInHelsinki();
      if (until < membership.since) throw DomainError.badInput('until', 'membership.untilBeforeSince');
      await updateVersioned(tx.getRepository(MembershipEntity), input.membershipId, input.version, { until });
      return tx.getRepository(MembershipEntity).findOneByOrFail({ id: input.membershipId });
    });
  }

  /**
   * Locks the group row so two concurrent changes cannot both remove "the other" manager or chair,
   * then refuses a change of the chair by anyone but the chair or an admin, and a change that would
   * leave the group with no chair or secretary, or without the chair it has.
   */
  private async refuseUngovernedChange(
    tx: EntityManager,
    membershipId: string,
    newRole: GroupRole | null,
    actor: MembershipActor,
  ): Promise<MembershipEntity> {
    const membership = await tx.getRepository(MembershipEntity).findOneBy({ id: membershipId });
    if (!membership) throw DomainError.notFound();
    refuseChairChangeBy(actor, membership.role, newRole);
    await tx
      .getRepository(GroupEntity)
      .createQueryBuilder('g')
      .setLock('pessimistic_write')
      .where('g.id = :id', { id: membership.groupId })
      .getOne();
    const all = await tx.getRepository(MembershipEntity).findBy({ groupId: membership.groupId });
    const field = newRole ? 'role' : 'membershipId';
    if (wouldLeaveGroupUnmanaged(all, membershipId, newRole))
      throw DomainError.badInput(field, 'membership.lastManager');
    if (wouldLeaveGroupWithoutChair(all, membershipId, newRole))
      throw DomainError.badInput(field, 'membership.lastChair');
    return membership;
  }
}

function refuseChairChangeBy(actor: MembershipActor, current: GroupRole | null, next: GroupRole | null): void {
  if (touchesChair(current, next) && !mayChangeChair(actor.role, actor.isOrgAdmin)) {
    throw new DomainError(ErrorCode.FORBIDDEN, {
      message: 'membership.chairChangedByChair',
      fields: [{ field: next ? 'role' : 'membershipId', message: translate('membership.chairChangedByChair') }],
    });
  }
}
