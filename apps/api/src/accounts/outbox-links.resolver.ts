import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { translate } from '../i18n/translate.js';
import { OutboxKind, OutboxMessageEntity, OutboxStatus } from '../mail/outbox-message.entity.js';
import { withoutPasswordLinks } from './password-link.js';

/** Wherever the outbox is shown, its messages' one-time password links are shown only to whom they are for. */
@Resolver(() => OutboxMessageEntity)
export class OutboxLinksResolver {
  /**
   * A held sign-in invitation is for the secretary to forward, link and all. Once it goes by mail
   * the link is for its recipient alone: whoever holds it can set the new member's password.
   */
  @ResolveField(() => String)
  textBody(@Parent() message: OutboxMessageEntity): string {
    if (message.kind !== OutboxKind.SIGN_IN_INVITATION || message.status === OutboxStatus.HELD) return message.textBody;
    return withoutPasswordLinks(message.textBody, translate('outbox.linkHidden'));
  }
}
