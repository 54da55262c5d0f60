import type { Request, Response } from 'express';
import type { GroupAccess } from '../access/group-access.js';
import type { Loaders } from '../common/loaders.js';
import type { SignedInUser } from './signed-in-user.js';

/** The signed-in person of a request and the session they came with. */
export interface Viewer {
  user: SignedInUser;
  sessionId: string;
}

export interface ViewerRequest extends Request {
  viewer?: Viewer | null;
  /** Set by the access guard on routes that name a group's thing. */
  access?: GroupAccess;
}

/** What every resolver gets as GraphQL context. */
export interface GqlContext {
  req: ViewerRequest;
  res: Response;
  viewer: Viewer | null;
  loaders: Loaders;
  /** Set by the access guard on operations that name a group's thing. */
  access?: GroupAccess;
}
