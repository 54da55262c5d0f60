import { useApolloClient, useMutation } from '@apollo/client/react';
import { LoginDocument, MeDocument } from '@elinvoima/graphql';
import { type FormEvent, useState } from 'react';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import { useI18n } from '../../i18n/i18n';
import { apiError, type ApiError, fieldMessage } from '../../lib/errors';
import { isServerRoute } from '../../lib/server-routes';
import { PublicFrame } from '../../ui/public-frame';
import { usePageTitle } from '../../ui/page-title';
import { TextField } from '../../ui/text-field';

/** What a page that sends the person here to sign in can tell them, e.g. after setting a password. */
export interface SignInNotice {
  notice: 'passwordSet';
  email: string;
}

/** Only paths inside the app are followed after sign-in. */
function safeNext(value: string | null): string {
  return value && value.startsWith('/') && !value.startsWith('//') ? value : '/';
}

export function SignInPage() {
  const { t } = useI18n();
  usePageTitle(t('signIn.title'));
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const client = useApolloClient();
  const [login, { loading }] = useMutation(LoginDocument);
  const [error, setError] = useState<ApiError | null>(null);
  const [networkFailed, setNetworkFailed] = useState(false);
  // Arriving from setting a password: say so, and fill in the address.
  const arrival = useLocation().state as SignInNotice | null;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setError(null);
    setNetworkFailed(false);
    try {
      const result = await login({
        variables: { input: { email: String(form.get('email')), password: String(form.get('password')) } },
      });
      client.writeQuery({ query: MeDocument, data: { me: result.data!.login.user } });
      const next = safeNext(params.get('seuraava'));
      // A file link (an attachment opened from a PDF) is the server's to answer, not a page of the app.
      if (isServerRoute(next)) window.location.assign(next);
      else navigate(next, { replace: true });
    } catch (failure) {
      const parsed = apiError(failure);
      setError(parsed);
      setNetworkFailed(!parsed);
    }
  }

  return (
    <PublicFrame>
      <h1>{t('signIn.title')}</h1>
      <p>{t('signIn.intro')}</p>
      {arrival?.notice === 'passwordSet' && !error && (
        <p className="notice notice--success" role="status">
          {t('signIn.passwordSet')}
        </p>
      )}
      <div role="alert" aria-live="assertive">
        {(error || networkFailed) && (
          <div className="notice notice--error">
            <p>
              {networkFailed ? t('error.network') : error && !error.fields.length ? error.message : t('signIn.failed')}
            </p>
          </div>
        )}
      </div>
      <form onSubmit={submit} noValidate className="form">
        <TextField
          name="email"
          type="email"
          label={t('signIn.email')}
          autoComplete="username"
          required
          defaultValue={arrival?.email}
          error={fieldMessage(error, 'email')}
        />
        <TextField
          name="password"
          type="password"
          label={t('signIn.password')}
          autoComplete="current-password"
          required
          error={fieldMessage(error, 'password')}
        />
        <button type="submit" className="button button--primary" disabled={loading} aria-busy={loading}>
          {loading ? t('signIn.submitting') : t('signIn.submit')}
        </button>
      </form>
      <p>
        <Link to="/unohtunut-salasana">{t('signIn.forgot')}</Link>
      </p>
    </PublicFrame>
  );
}
