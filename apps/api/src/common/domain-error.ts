import { ErrorCode } from '@elinvoima/domain';
import { GraphQLError } from 'graphql';
import { translate, type MessageParams } from '../i18n/translate.js';
import type { MessageKey } from '../i18n/fi.js';

export interface FieldError {
  /** Path of the input field, e.g. `name` or `input.email`. */
  field: string;
  message: string;
}

const DEFAULT_MESSAGES: Record<ErrorCode, MessageKey> = {
  [ErrorCode.BAD_USER_INPUT]: 'error.badInput',
  [ErrorCode.UNAUTHENTICATED]: 'error.unauthenticated',
  [ErrorCode.FORBIDDEN]: 'error.forbidden',
  [ErrorCode.NOT_FOUND]: 'error.notFound',
  [ErrorCode.CONFLICT]: 'error.conflict',
  [ErrorCode.TOO_MANY_REQUESTS]: 'error.tooManyRequests',
  [ErrorCode.SERVICE_UNAVAILABLE]: 'error.unavailable',
  [ErrorCode.INTERNAL_SERVER_ERROR]: 'error.internal',
};

/**
 * An error a user can cause and understand. It reaches the client as a GraphQL error with
 * `extensions.code`, a message in the user's language and, for bad input, `extensions.fields`.
 */
export class DomainError extends GraphQLError {
  constructor(
    readonly code: ErrorCode,
    options: {
      message?: MessageKey;
      params?: MessageParams;
      fields?: FieldError[];
      extra?: Record<string, unknown>;
    } = {},
  ) {
    super(translate(options.message ?? DEFAULT_MESSAGES[code], options.params), {
      extensions: { code, ...(options.fields ? { fields: options.fields } : {}), ...options.extra },
    });
  }

  static badInput(field: string, message: MessageKey, params?: MessageParams): DomainError {
    return new DomainError(ErrorCode.BAD_USER_INPUT, { fields: [{ field, message: translate(message, params) }] });
  }

  static notFound(): DomainError {
    return new DomainError(ErrorCode.NOT_FOUND);
  }

  static forbidden(): DomainError {
    return new DomainError(ErrorCode.FORBIDDEN);
  }

  static unauthenticated(): DomainError {
    return new DomainError(ErrorCode.UNAUTHENTICATED);
  }

  /** A stale version: the client gets the current one so it can reload and re-apply. */
  static conflict(currentVersion?: number): DomainError {
    return new DomainError(ErrorCode.CONFLICT, currentVersion === undefined ? {} : { extra: { currentVersion } });
  }
}
