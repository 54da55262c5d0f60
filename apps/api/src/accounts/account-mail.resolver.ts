import { Query, Resolver } from '@nestjs/graphql';
import { DataSource, IsNull } from 'typeorm';
import { RequireOrgAdmin } from '../auth/access.decorators.js';
import { OutboxMessageEntity, OutboxStatus } from '../mail/outbox-message.entity.js';
import { ListBound } from '../graphql/list-bounds.js';

/** How many held messages the view shows. */
export const HELD_ACCOUNT_MAIL_LIMIT = 200;

@Resolver()
export class AccountMailResolver {
  constructor(private readonly db: DataSource) {}

  /**
   * Password reset links (and notices of changed passwords) that wait because no mail server is
   * configured, for an organization admin to forward. Once mail is sent, their text is shown to nobody (see README, "Password
   * mail without a mail server").
   */
  @RequireOrgAdmin()
  @ListBound(HELD_ACCOUNT_MAIL_LIMIT)
  @Query(() => [OutboxMessageEntity], {
    description:
      'Held password mail (reset links, notices of a changed password), newest first; for organization admins',
  })
  heldAccountMail(): Promise<OutboxMessageEntity[]> {
    return this.db.getRepository(OutboxMessageEntity).find({
      where: { groupId: IsNull(), status: OutboxStatus.HELD },
      order: { createdAt: 'DESC' },
      take: HELD_ACCOUNT_MAIL_LIMIT,
    });
  }
}
