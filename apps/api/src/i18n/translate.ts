import { Locale } from '@elinvoima/domain';
import { requestContext } from '../context/request-context.js';
import { en } from './en.js';
import { fi, type MessageKey } from './fi.js';

const CATALOGUES: Record<Locale, Record<MessageKey, string>> = { [Locale.FI]: fi, [Locale.EN]: en };

export type MessageParams = Record<string, string | number>;

export function isMessageKey(key: string): key is MessageKey {
  return key in fi;
}

/** Translates a message into the request's locale (or the one given), filling `{name}` placeholders. */
export function translate(
  key: MessageKey,
  params: MessageParams = {},
  locale: Locale = requestContext.locale(),
): string {
  const template = CATALOGUES[locale][key] ?? fi[key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
