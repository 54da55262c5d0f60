import type { LoggerService } from '@nestjs/common';
import { pino } from 'pino';
import { requestContext } from '../context/request-context.js';

/** One structured logger for the app; every line carries the request id when there is one. */
export const logger = pino({
  level: process.env.LOG_LEVEL || (process.env.NODE_ENV === 'test' ? 'silent' : 'info'),
  redact: {
    paths: [
      'req.headers.authorization',
      'req.headers.cookie',
      'res.headers["set-cookie"]',
      '*.password',
      'password',
      '*.currentPassword',
      '*.newPassword',
      '*.token',
    ],
    remove: true,
  },
  mixin() {
    const requestId = requestContext.get()?.requestId;
    return requestId ? { requestId } : {};
  },
});

/** Routes NestJS's own log lines into the same pino logger. */
export class PinoNestLogger implements LoggerService {
  /** Nest's routine start-up chatter goes to debug; what matters is logged at info by the app. */
  log(message: unknown, context?: string) {
    logger.debug({ context }, String(message));
  }
  error(message: unknown, trace?: string, context?: string) {
    logger.error({ context, trace }, String(message));
  }
  warn(message: unknown, context?: string) {
    logger.warn({ context }, String(message));
  }
  debug(message: unknown, context?: string) {
    logger.debug({ context }, String(message));
  }
  verbose(message: unknown, context?: string) {
    logger.trace({ context }, String(message));
  }
}
