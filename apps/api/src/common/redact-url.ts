/**
 * Paths whose last part is a secret (a calendar feed's address is its own key). Request logs
 * show them with the secret replaced, so a log reader cannot subscribe or sign in as anyone.
 */
const SECRET_PATHS: RegExp[] = [/^(\/calendar\/)[^/?#]+/];
const SECRET_QUERY_PARAMS = ['token'];

export function redactUrl(url: string): string {
  let redacted = url;
  for (const pattern of SECRET_PATHS) redacted = redacted.replace(pattern, '$1[redacted]');
  const queryStart = redacted.indexOf('?');
  if (queryStart < 0) return redacted;
  const params = new URLSearchParams(redacted.slice(queryStart + 1));
  let changed = false;
  for (const name of SECRET_QUERY_PARAMS) {
    if (params.has(name)) {
      params.set(name, '[redacted]');
      changed = true;
    }
  }
  return changed ? `${redacted.slice(0, queryStart)}?${params.toString()}` : redacted;
}
