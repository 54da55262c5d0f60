import { CombinedGraphQLErrors } from '@apollo/client/errors';

export interface FieldError {
  field: string;
  message: string;
}

export interface ApiError {
  code: string;
  message: string;
  fields: FieldError[];
}

/** The first API error of a failed request, with its field messages; null for a network failure. */
export function apiError(error: unknown): ApiError | null {
  if (!CombinedGraphQLErrors.is(error) || error.errors.length === 0) return null;
  const [first] = error.errors;
  const extensions = (first.extensions ?? {}) as { code?: string; fields?: FieldError[] };
  return { code: extensions.code ?? 'INTERNAL_SERVER_ERROR', message: first.message, fields: extensions.fields ?? [] };
}

export function fieldMessage(error: ApiError | null, field: string): string | undefined {
  return error?.fields.find((f) => f.field === field || f.field.endsWith(`.${field}`))?.message;
}

/** A failed request as a form shows it: the API's error, or else a network failure in the user's words. */
export function requestError(error: unknown, networkMessage: string): ApiError {
  return apiError(error) ?? { code: 'NETWORK', message: networkMessage, fields: [] };
}
