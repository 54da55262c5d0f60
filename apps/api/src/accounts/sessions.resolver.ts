import { Args, Context, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../auth/access.decorators.js';
import { AuthCookies } from '../auth/auth-cookies.js';
import type { GqlContext, Viewer } from '../auth/viewer.js';
import { SessionInfo } from './dto/session-info.model.js';
import { SESSIONS_LISTED_MAX, SessionsService } from './sessions.service.js';
import { ListBound } from '../graphql/list-bounds.js';

@Resolver(() => SessionInfo)
export class SessionsResolver {
  constructor(
    private readonly sessions: SessionsService,
    private readonly cookies: AuthCookies,
  ) {}

  @ListBound(SESSIONS_LISTED_MAX)
  @Query(() => [SessionInfo], { description: "The viewer's sessions that are still valid, this one first" })
  mySessions(@CurrentViewer() viewer: Viewer): Promise<SessionInfo[]> {
    return this.sessions.list(viewer);
  }

  @Mutation(() => Boolean, { description: "Ends one of the viewer's sessions (this one too, as signing out would)" })
  async endSession(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Context() ctx: GqlContext,
  ): Promise<boolean> {
    await this.sessions.end(viewer, id);
    if (id === viewer.sessionId) this.cookies.clearSession(ctx.res);
    return true;
  }

  @Mutation(() => Int, { description: 'Ends every session of the viewer but this one; how many ended' })
  endOtherSessions(@CurrentViewer() viewer: Viewer): Promise<number> {
    return this.sessions.endOthers(viewer);
  }
}
