import { useApolloClient, useMutation } from '@apollo/client/react';
import { LogoutDocument } from '@elinvoima/graphql';
import { useNavigate } from 'react-router';
import { forgetViewer } from '../features/auth/viewer';

/** Ends the session and forgets everything cached for it, even if the API could not be reached. */
export function useSignOut(): () => Promise<void> {
  const client = useApolloClient();
  const navigate = useNavigate();
  const [logout] = useMutation(LogoutDocument);
  return async () => {
    await logout().catch(() => undefined);
    await forgetViewer(client);
    navigate('/kirjaudu', { replace: true });
  };
}
