/**
 * Addresses the API server answers itself rather than the web client: the GraphQL endpoint and
 * the file routes (documents, attachments, calendar feeds). The development server passes them on.
 */
export const SERVER_ROUTES = [
  '/graphql',
  '/health',
  '/attachments',
  '/agenda-items',
  '/meetings',
  '/calendar',
] as const;

export function isServerRoute(path: string): boolean {
  return SERVER_ROUTES.some((prefix) => path === prefix || path.startsWith(`${prefix}/`));
}
