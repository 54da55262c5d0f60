import { useApolloClient, useMutation } from '@apollo/client/react';
import { LogoutDocument, MeDocument } from '@elinvoima/graphql';
import { useNavigate } from 'react-router';

/** Ends the session and forgets everything cached for it, even if the API could not be reached. */
export function useSignOut(): () => Promise<void> {
  const client = useApolloClient();
  const navigate = useNavigate();
  const [logout] = useMutation(LogoutDocument);
  return async () => {
    await logout().catch(() => undefined);
    await client.clearStore();
    client.writeQuery({ query: MeDocument, data: { me: null } });
    navigate('/kirjaudu', { replace: true });
  };
}
