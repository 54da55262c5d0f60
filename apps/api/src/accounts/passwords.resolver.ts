import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, Public } from '../auth/access.decorators.js';
import { AuthCookies } from '../auth/auth-cookies.js';
import type { GqlContext, Viewer } from '../auth/viewer.js';
import { LoginResult } from './dto/login.result.js';
import { ChangePasswordInput, RequestPasswordResetInput, SetPasswordWithTokenInput } from './dto/password.inputs.js';
import { PasswordLink, PasswordSet } from './dto/password-link.model.js';
import { PasswordResetService } from './password-reset.service.js';
import { PasswordLinkState, PasswordTokensService } from './password-tokens.service.js';
import { PasswordsService } from './passwords.service.js';

@Resolver()
export class PasswordsResolver {
  constructor(
    private readonly passwords: PasswordsService,
    private readonly tokens: PasswordTokensService,
    private readonly resets: PasswordResetService,
    private readonly cookies: AuthCookies,
  ) {}

  @Public()
  @Query(() => PasswordLink, { description: 'Whether a one-time link still works, before its form is shown' })
  async passwordLink(@Args('token') token: string): Promise<PasswordLink> {
    const { state, purpose } = await this.tokens.lookup(token.slice(0, 100));
    return { state, purpose: state === PasswordLinkState.VALID ? purpose : null };
  }

  @Public()
  @Mutation(() => PasswordSet, {
    description: 'Sets a password with a one-time link and ends every session of its owner; then sign in',
  })
  async setPasswordWithToken(@Args('input') input: SetPasswordWithTokenInput): Promise<PasswordSet> {
    return { email: await this.passwords.setWithToken(input.token, input.password) };
  }

  @Public()
  @Mutation(() => Boolean, {
    description: 'Mails a reset link if the address has an account; the answer is true either way',
  })
  async requestPasswordReset(
    @Args('input') input: RequestPasswordResetInput,
    @Context() ctx: GqlContext,
  ): Promise<boolean> {
    await this.resets.request(input.email, ctx.req.ip ?? 'unknown');
    return true;
  }

  @Mutation(() => LoginResult, {
    description: 'Needs the current password; ends every session of the viewer and opens a new one here',
  })
  async changePassword(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: ChangePasswordInput,
    @Context() ctx: GqlContext,
  ): Promise<LoginResult> {
    const { user, sessionId, token, expiresAt, endsAt } = await this.passwords.change(
      viewer,
      input.currentPassword,
      input.newPassword,
    );
    this.cookies.setSession(ctx.res, token, endsAt);
    ctx.viewer = { user, sessionId };
    return { user, token: input.bearer ? token : null, expiresAt };
  }
}
