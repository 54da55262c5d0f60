import { ErrorCode, type Locale, localeFromAcceptLanguage } from '@elinvoima/domain';
import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, HttpStatus } from '@nestjs/common';
import type { Response } from 'express';
import { GraphQLError } from 'graphql';
import type { ViewerRequest } from '../auth/viewer.js';
import { logger } from '../common/logger.js';
import { isDatabaseUnavailable, RETRY_AFTER_SECONDS, serviceUnavailable } from '../database/unavailable.js';
import type { MessageKey } from '../i18n/fi.js';
import { type MessageParams, translate } from '../i18n/translate.js';
import { RequestError } from './request-error.js';

const STATUS_OF: Partial<Record<ErrorCode, number>> = {
  [ErrorCode.BAD_USER_INPUT]: HttpStatus.BAD_REQUEST,
  [ErrorCode.UNAUTHENTICATED]: HttpStatus.UNAUTHORIZED,
  [ErrorCode.FORBIDDEN]: HttpStatus.FORBIDDEN,
  [ErrorCode.NOT_FOUND]: HttpStatus.NOT_FOUND,
  [ErrorCode.CONFLICT]: HttpStatus.CONFLICT,
  [ErrorCode.TOO_MANY_REQUESTS]: HttpStatus.TOO_MANY_REQUESTS,
  [ErrorCode.SERVICE_UNAVAILABLE]: HttpStatus.SERVICE_UNAVAILABLE,
};

/** What a refused request is told: a message, with its parameters, for a field if any. */
export interface Refusal {
  key: MessageKey;
  params: MessageParams;
  field: string | null;
}

interface ErrorBody {
  message: string;
  extensions: { code: ErrorCode; fields?: { field: string; message: string }[] };
}

/** A browser opening the address as a page, rather than a script or a calendar app fetching it. */
function isPageVisit(req: ViewerRequest): boolean {
  if (req.method !== 'GET') return false;
  const mode = req.header('sec-fetch-mode');
  return mode ? mode === 'navigate' : /\btext\/html\b/.test(req.header('accept') ?? '');
}

/**
 * Answers the REST routes' errors in the same shape as the GraphQL API's, in the user's
 * language: `{ errors: [{ message, extensions: { code, fields } }] }`, with a fitting HTTP status.
 */
@Catch()
export class RestErrorFilter implements ExceptionFilter {
  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const req = http.getRequest<ViewerRequest>();
    const res = http.getResponse<Response>();
    if (res.headersSent) return void res.end();
    const locale: Locale = req.viewer?.user.locale ?? localeFromAcceptLanguage(req.header('accept-language'));
    const [status, error] = this.describe(isDatabaseUnavailable(exception) ? serviceUnavailable() : exception, locale);
    // A link followed in a browser (from a PDF or a mail) leads to sign-in and then back to the file.
    if (status === HttpStatus.UNAUTHORIZED && isPageVisit(req)) {
      return void res.redirect(HttpStatus.SEE_OTHER, `/kirjaudu?seuraava=${encodeURIComponent(req.originalUrl)}`);
    }
    if (status === HttpStatus.SERVICE_UNAVAILABLE) res.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
    res.status(status).json({ errors: [error] });
  }

  private describe(exception: unknown, locale: Locale): [number, ErrorBody] {
    if (exception instanceof GraphQLError && typeof exception.extensions.code === 'string') {
      const code = exception.extensions.code as ErrorCode;
      const fields = exception.extensions.fields as ErrorBody['extensions']['fields'];
      return [
        STATUS_OF[code] ?? 500,
        { message: exception.message, extensions: { code, ...(fields ? { fields } : {}) } },
      ];
    }
    if (exception instanceof HttpException && exception.getStatus() < 500) {
      const status = exception.getStatus();
      if (status === HttpStatus.NOT_FOUND) {
        return [
          status,
          { message: translate('error.notFound', {}, locale), extensions: { code: ErrorCode.NOT_FOUND } },
        ];
      }
      // Our own refusals name their message; others (a parser's) are told by `refusalOf`.
      const { key, params, field } =
        exception instanceof RequestError
          ? { key: exception.messageKey, params: exception.params, field: exception.field }
          : this.refusalOf(exception);
      const message = translate(key, params, locale);
      return [
        status,
        { message, extensions: { code: ErrorCode.BAD_USER_INPUT, ...(field ? { fields: [{ field, message }] } : {}) } },
      ];
    }
    logger.error({ err: exception }, 'unexpected error in a file request');
    return [
      500,
      { message: translate('error.internal', {}, locale), extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } },
    ];
  }

  /** How a refusal from outside the API's own code (a parser's) reaches the user; a route's filter may say better. */
  protected refusalOf(_exception: HttpException): Refusal {
    return { key: 'error.badInput', params: {}, field: null };
  }
}
