import { useApolloClient, useMutation } from '@apollo/client/react';
import { LoginDocument, MeDocument } from '@elinvoima/graphql';
import { type FormEvent, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { useI18n } from '../../i18n/i18n';
import { apiError, type ApiError, fieldMessage } from '../../lib/errors';
import { LanguageSwitch } from '../../ui/language-switch';
import { usePageTitle } from '../../ui/page-title';
import { TextField } from '../../ui/text-field';

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

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setError(null);
    setNetworkFailed(false);
    try {
      const result = await login({ variables: { input: { email: String(form.get('email')), password: String(form.get('password')) } } });
      client.writeQuery({ query: MeDocument, data: { me: result.data!.login.user } });
      navigate(safeNext(params.get('seuraava')), { replace: true });
    } catch (failure) {
      const parsed = apiError(failure);
      setError(parsed);
      setNetworkFailed(!parsed);
    }
  }

  return (
    <div className="sign-in">
      <header className="sign-in__header">
        <p className="brand brand--large">{t('app.name')}</p>
        <LanguageSwitch />
      </header>
      <main id="sisalto" className="sign-in__main">
        <h1>{t('signIn.title')}</h1>
        <p>{t('signIn.intro')}</p>
        <div role="alert" aria-live="assertive">
          {(error || networkFailed) && (
            <div className="notice notice--error">
              <p>{networkFailed ? t('error.network') : error && !error.fields.length ? error.message : t('signIn.failed')}</p>
            </div>
          )}
        </div>
        <form onSubmit={submit} noValidate className="form">
          <TextField name="email" type="email" label={t('signIn.email')} autoComplete="username" required error={fieldMessage(error, 'email')} />
          <TextField name="password" type="password" label={t('signIn.password')} autoComplete="current-password" required error={fieldMessage(error, 'password')} />
          <button type="submit" className="button button--primary" disabled={loading} aria-busy={loading}>
            {loading ? t('signIn.submitting') : t('signIn.submit')}
          </button>
        </form>
      </main>
    </div>
  );
}
