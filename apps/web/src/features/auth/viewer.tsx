import type { ApolloClient } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { MeDocument, type MeQuery } from '@elinvoima/graphql';
import { createContext, type ReactNode, useContext, useEffect } from 'react';
import { fromApiLocale } from '../../i18n/api-locale';
import { useI18n } from '../../i18n/i18n';

export type Viewer = NonNullable<MeQuery['me']>;

const ViewerContext = createContext<Viewer | null>(null);

/** Loads who is signed in; their saved language wins over the browser's. */
export function ViewerProvider({
  children,
  fallback,
}: {
  children: (viewer: Viewer | null) => ReactNode;
  fallback: ReactNode;
}) {
  const { data, loading } = useQuery(MeDocument);
  const { locale, setLocale } = useI18n();
  const viewer = data?.me ?? null;
  const saved = viewer ? fromApiLocale(viewer.locale) : null;
  useEffect(() => {
    if (saved && saved !== locale) setLocale(saved);
    // Only a newly loaded preference changes the language; later choices are saved by the user.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [saved]);
  if (loading && !data) return <>{fallback}</>;
  return <ViewerContext.Provider value={viewer}>{children(viewer)}</ViewerContext.Provider>;
}

export function useViewer(): Viewer {
  const viewer = useContext(ViewerContext);
  if (!viewer) throw new Error('useViewer needs a signed-in viewer');
  return viewer;
}

/**
 * The session has ended: forget what the signed-in person saw and show the signed-out app.
 * Not `clearStore()`: in Apollo Client 4 it also stops every query from watching the cache,
 * so the viewer query would never see the change and the app would stay half signed in.
 */
export async function forgetViewer(client: ApolloClient): Promise<void> {
  await client.cache.reset();
  client.writeQuery({ query: MeDocument, data: { me: null } });
}
