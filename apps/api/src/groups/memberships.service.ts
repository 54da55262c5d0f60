import { GroupRole, todayInHelsinki, wouldLeaveGroupUnmanaged } from '@elinvoima/domain';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, IsNull } from 'typeorm';
import { SignInInvitationsService } from '../accounts/sign-in-invitations.service.js';
import { DomainError } from '../common/domain-error.js';
import { updateVersioned } from '../common/versioned-update.js';
import { UserEntity } from '../users/user.entity.js';
import type { AddMemberInput, ChangeMemberRoleInput, EndMembershipInput } from './dto/membership.inputs.js';
import { GroupEntity } from './group.entity.js';
import { MembershipEntity } from './membership.entity.js';

@Injectable()
export class MembershipsService {
  constructor(
    private readonly db: DataSource,
    private readonly signInInvitations: SignInInvitationsService,
  ) {}

  /**
   * Adds a person to a group, creating their account if the email is new. Someone who has no
   * password yet gets a sign-in invitation, written in the same transaction.
   */
  async add(input: AddMemberInput): Promise<MembershipEntity> {
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
        memberships.create({ groupId: input.groupId, userId: user.id, role: input.role, since: input.since ?? todayInHelsinki() }),
      );
      await this.signInInvitations.queue(tx, user.id, input.groupId);
      return membership;
    });
    this.signInInvitations.deliver();
    return added;
  }

  changeRole(input: ChangeMemberRoleInput): Promise<MembershipEntity> {
    return this.db.transaction(async (tx) => {
      await this.refuseIfLastManager(tx, input.membershipId, input.role);
      await updateVersioned(tx.getRepository(MembershipEntity), input.membershipId, input.version, { role: input.role });
      return tx.getRepository(MembershipEntity).findOneByOrFail({ id: input.membershipId });
    });
  }

  end(input: EndMembershipInput): Promise<MembershipEntity> {
    return this.db.transaction(async (tx) => {
      const membership = await this.refuseIfLastManager(tx, input.membershipId, null);
      const until = input.until ?? todayInHelsinki();
      if (until < membership.since) throw DomainError.badInput('until', 'membership.untilBeforeSince');
      await updateVersioned(tx.getRepository(MembershipEntity), input.membershipId, input.version, { until });
      return tx.getRepository(MembershipEntity).findOneByOrFail({ id: input.membershipId });
    });
  }

  /**
   * Locks the group row so two concurrent changes cannot both remove "the other" manager,
   * then refuses a change that would leave the group with no chair or secretary.
   */
  private async refuseIfLastManager(tx: EntityManager, membershipId: string, newRole: GroupRole | null): Promise<MembershipEntity> {
    const membership = await tx.getRepository(MembershipEntity).findOneBy({ id: membershipId });
    if (!membership) throw DomainError.notFound();
    await tx.getRepository(GroupEntity).createQueryBuilder('g').setLock('pessimistic_write').where('g.id = :id', { id: membership.groupId }).getOne();
    const all = await tx.getRepository(MembershipEntity).findBy({ groupId: membership.groupId });
    if (wouldLeaveGroupUnmanaged(all, membershipId, newRole)) {
      throw DomainError.badInput(newRole ? 'role' : 'membershipId', 'membership.lastManager');
    }
    return membership;
  }
}
