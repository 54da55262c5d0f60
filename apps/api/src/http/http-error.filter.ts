import { ErrorCode } from '@elinvoima/domain';
import { type ArgumentsHost, Catch, HttpException } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import type { Request, Response } from 'express';
import { isDatabaseUnavailable, RETRY_AFTER_SECONDS, serviceUnavailable } from '../database/unavailable.js';
import { translate } from '../i18n/translate.js';
import { logger } from '../common/logger.js';

const GRAPHQL_RESPONSE = 'application/graphql-response+json';

/**
 * Errors outside GraphQL's execution and the file routes' own filter, above all those of the
 * middleware that looks up the viewer's session before GraphQL runs: answered in the API's shape,
 * `{ errors: [{ message, extensions: { code } }] }`, never as Nest's plain 500. A database that
 * cannot be reached is 503 SERVICE_UNAVAILABLE with Retry-After.
 */
@Catch()
export class HttpErrorFilter extends BaseExceptionFilter {
  override catch(exception: unknown, host: ArgumentsHost): void {
    // Resolvers' errors are shaped (and the unexpected ones logged) by formatGraphqlError; rethrown,
    // they take that path unchanged, and Nest does not log every wrong password at error level.
    if (host.getType() !== 'http') throw exception;
    // Nest's own answers (an unknown route's 404 and the like) stay as they are.
    if (exception instanceof HttpException) return super.catch(exception, host);
    const req = host.switchToHttp().getRequest<Request>();
    const res = host.switchToHttp().getResponse<Response>();
    if (res.headersSent) return void res.end();
    let status: number;
    let error: { message: string; extensions: Record<string, unknown> };
    if (isDatabaseUnavailable(exception)) {
      status = 503;
      error = serviceUnavailable();
      res.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
    } else {
      logger.error({ err: exception }, 'unexpected error outside a GraphQL request');
      status = 500;
      error = { message: translate('error.internal'), extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
    }
    // A GraphQL client that reads `application/graphql-response+json` takes the errors of a non-200 answer.
    const type =
      req.accepts(['application/json', GRAPHQL_RESPONSE]) === GRAPHQL_RESPONSE ? GRAPHQL_RESPONSE : 'application/json';
    res
      .status(status)
      .type(type)
      .send(JSON.stringify({ errors: [{ message: error.message, extensions: error.extensions }] }));
  }
}
