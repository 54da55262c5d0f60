import { AsyncLocalStorage } from 'node:async_hooks';
import { DEFAULT_LOCALE, Locale } from '@elinvoima/domain';

/** What one request carries through its async calls: for logs, messages and query counting. */
export interface RequestStore {
  requestId: string;
  locale: Locale;
  sqlQueries: number;
}

const storage = new AsyncLocalStorage<RequestStore>();

export const requestContext = {
  run<T>(store: RequestStore, fn: () => T): T {
    return storage.run(store, fn);
  },
  get(): RequestStore | undefined {
    return storage.getStore();
  },
  locale(): Locale {
    return storage.getStore()?.locale ?? DEFAULT_LOCALE;
  },
};
