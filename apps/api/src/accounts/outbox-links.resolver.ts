import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { translate } from '../i18n/translate.js';
import { OutboxMessageEntity } from '../mail/outbox-message.entity.js';
import { mayHandOut } from '../mail/outbox.service.js';
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
    if (mayHandOut(message)) return message.textBody;
    return withoutPasswordLinks(message.textBody, translate('outbox.linkHidden'));
  }
}
