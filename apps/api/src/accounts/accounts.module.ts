import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { GroupsModule } from '../groups/groups.module.js';
import { MailModule } from '../mail/mail.module.js';
import { AccountMailResolver } from './account-mail.resolver.js';
import { AccountOutbox } from './account-outbox.service.js';
import { AccountThrottle } from './account-throttle.service.js';
import { NewMemberInvitation } from './new-member-invitation.listener.js';
import { OutboxLinksResolver } from './outbox-links.resolver.js';
import { PasswordResetService } from './password-reset.service.js';
import { PasswordTokensService } from './password-tokens.service.js';
import { PasswordsResolver } from './passwords.resolver.js';
import { PasswordsService } from './passwords.service.js';
import { SessionsResolver } from './sessions.resolver.js';
import { SessionsService } from './sessions.service.js';
import { SignInResolver } from './sign-in.resolver.js';
import { SignInInvitationsService } from './sign-in-invitations.service.js';

/** A person's account: signing in and out, setting and changing the password, and their sessions. */
@Module({
  imports: [AuthModule, MailModule, GroupsModule],
  providers: [
    AccountOutbox,
    AccountThrottle,
    PasswordTokensService,
    SignInInvitationsService,
    NewMemberInvitation,
    PasswordResetService,
    PasswordsService,
    SignInResolver,
    PasswordsResolver,
    SessionsService,
    SessionsResolver,
    AccountMailResolver,
    OutboxLinksResolver,
  ],
})
export class AccountsModule {}
