import { Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Response } from 'express';
import { requestContext } from '../context/request-context.js';
import { AuthCookies } from './auth-cookies.js';
import { AuthService } from './auth.service.js';
import type { ViewerRequest } from './viewer.js';

/** Resolves the signed-in viewer once per API request; their language becomes the request's. */
@Injectable()
export class AuthMiddleware implements NestMiddleware {
  constructor(
    private readonly auth: AuthService,
    private readonly cookies: AuthCookies,
  ) {}

  async use(req: ViewerRequest, _res: Response, next: NextFunction): Promise<void> {
    try {
      const token = this.cookies.sessionToken(req);
      req.viewer = token ? await this.auth.authenticate(token) : null;
      const store = requestContext.get();
      if (store && req.viewer) store.locale = req.viewer.user.locale;
      next();
    } catch (error) {
      next(error);
    }
  }
}
