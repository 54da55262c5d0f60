import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { Public } from '../auth/access.decorators.js';
import { AuthCookies } from '../auth/auth-cookies.js';
import { AuthService } from '../auth/auth.service.js';
import type { GqlContext } from '../auth/viewer.js';
import { LoginInput } from './dto/login.input.js';
import { LoginResult } from './dto/login.result.js';

/** Signing in and out with the session and known-device cookies. */
@Resolver()
export class SignInResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly cookies: AuthCookies,
  ) {}

  @Public()
  @Mutation(() => LoginResult)
  async login(@Args('input') input: LoginInput, @Context() ctx: GqlContext): Promise<LoginResult> {
    const signedIn = await this.auth.login(
      input.email,
      input.password,
      ctx.req.ip ?? 'unknown',
      this.cookies.deviceToken(ctx.req),
    );
    const { user, sessionId, token, expiresAt, endsAt, deviceToken } = signedIn;
    this.cookies.setSession(ctx.res, token, endsAt);
    this.cookies.setDevice(ctx.res, deviceToken);
    // The rest of this response (e.g. the user's memberships) is for the person who just signed in.
    ctx.viewer = { user, sessionId };
    return { user, token: input.bearer ? token : null, expiresAt };
  }

  @Public()
  @Mutation(() => Boolean, { description: 'Ends the current session; true also when there was none' })
  async logout(@Context() ctx: GqlContext): Promise<boolean> {
    if (ctx.viewer) await this.auth.logout(ctx.viewer.sessionId);
    this.cookies.clearSession(ctx.res);
    return true;
  }
}
