import { ErrorCode, localeFromAcceptLanguage } from '@elinvoima/domain';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import type { NextFunction, Request, Response } from 'express';
import { existsSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { pinoHttp } from 'pino-http';
import { AppModule, type ResolvedConfig } from './app.module.js';
import { FEATURE_MODULES, routePrefixes } from './feature-modules.js';
import { compressedAssets, IMMUTABLE } from './http/compressed-assets.js';
import { HttpErrorFilter } from './http/http-error.filter.js';
import { logger, PinoNestLogger } from './common/logger.js';
import { requestContext } from './context/request-context.js';
import { redactUrl } from './common/redact-url.js';
import { securityHeaders } from './common/security-headers.js';
import { validationErrorFactory } from './common/validation.js';
import { WellFormedTextPipe } from './common/well-formed-text.pipe.js';
import { ValidationPipe } from '@nestjs/common';
import { SqlQueryCounter } from './database/sql-query-counter.js';
import { translate } from './i18n/translate.js';

const BODY_LIMIT = '1mb';

/** Every request gets an id (or keeps the caller's) and a locale, carried through its async work. */
function withRequestContext(req: Request, res: Response, next: NextFunction): void {
  const incoming = req.header('x-request-id');
  const requestId = incoming && /^[\w-]{1,64}$/.test(incoming) ? incoming : randomUUID();
  res.setHeader('x-request-id', requestId);
  requestContext.run(
    { requestId, locale: localeFromAcceptLanguage(req.header('accept-language')), sqlQueries: 0 },
    next,
  );
}

/** Errors raised before GraphQL runs (a body over the limit, JSON that does not parse). */
function bodyErrorHandler(
  error: Error & { status?: number; type?: string },
  _req: Request,
  res: Response,
  next: NextFunction,
): void {
  if (res.headersSent) return next(error);
  const status = error.status && error.status >= 400 && error.status < 500 ? error.status : 500;
  if (status === 500) logger.error({ err: error }, 'request failed before reaching the API');
  const tooLarge = status === 413;
  res.status(status).json({
    errors: [
      {
        message: translate(tooLarge ? 'error.payloadTooLarge' : status === 500 ? 'error.internal' : 'error.badInput'),
        extensions: { code: status === 500 ? ErrorCode.INTERNAL_SERVER_ERROR : ErrorCode.BAD_USER_INPUT },
      },
    ],
  });
}

/**
 * Serves the built web client at `/`, with the single-page app's index for its routes: any page
 * but the API's own paths (`apiPrefixes`), which a browser may open too (a PDF, a calendar file).
 */
function serveWebClient(app: NestExpressApplication, distDir: string, apiPrefixes: readonly string[]): void {
  const index = join(distDir, 'index.html');
  if (!existsSync(index)) return;
  app.use(compressedAssets(distDir));
  app.useStaticAssets(distDir, {
    index: false,
    setHeaders: (res, path) => {
      if (path.includes('/assets/')) res.setHeader('Cache-Control', IMMUTABLE);
    },
  });
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' || apiPrefixes.some((p) => req.path.startsWith(p)) || !req.accepts('html')) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
}

/** Builds the HTTP application exactly as production runs it; tests use the same function. */
export async function createApp(
  config: ResolvedConfig,
  queryCounter = new SqlQueryCounter(),
): Promise<NestExpressApplication> {
  const features = FEATURE_MODULES;
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, features, queryCounter), {
    bodyParser: false,
    logger: new PinoNestLogger(),
  });
  app.set('trust proxy', config.trustProxy);
  app.disable('x-powered-by');
  app.use(withRequestContext);
  app.use(securityHeaders());
  app.use(
    pinoHttp({
      logger,
      genReqId: (_req, res) => String(res.getHeader('x-request-id')),
      autoLogging: { ignore: (req) => req.url === '/health' },
      // The address alone, secrets redacted: parsed params and query would repeat them.
      serializers: {
        req: (req: { url: string }) => ({ ...req, url: redactUrl(req.url), params: undefined, query: undefined }),
      },
    }),
  );
  app.use(cookieParser());
  app.useBodyParser('json', { limit: BODY_LIMIT });
  app.use(bodyErrorHandler);
  app.useGlobalPipes(
    new WellFormedTextPipe(),
    new ValidationPipe({
      transform: true,
      whitelist: true,
      // The target lets the error factory read each constraint's numbers (e.g. a maximum length).
      validationError: { target: true, value: false },
      exceptionFactory: validationErrorFactory,
    }),
  );
  app.useGlobalFilters(new HttpErrorFilter(app.getHttpAdapter()));
  if (config.webDistDir) serveWebClient(app, config.webDistDir, ['/graphql', ...routePrefixes(features)]);
  await app.init();
  return app;
}
