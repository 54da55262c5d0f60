import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { MeDocument, PasswordLinkDocument, SetPasswordWithTokenDocument } from '@elinvoima/graphql';
import { type FormEvent, useRef, useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { useI18n } from '../../i18n/i18n';
import { apiError, type ApiError, fieldMessage } from '../../lib/errors';
import type { SignInNotice } from '../auth/sign-in-page';
import { forgetViewer } from '../auth/viewer';
import { useFocusFirstInvalid } from '../../ui/use-focus-first-invalid';
import { Loading } from '../../ui/loading';
import { usePageTitle } from '../../ui/page-title';
import { PasswordField, passwordLengthMessage } from './password-field';
import { PublicFrame } from '../../ui/public-frame';

/**
 * "/salasana#<token>": the page a sign-in invitation or a reset link opens. The token is in the
 * fragment, which the browser never sends to a server; the page checks it before showing the form.
 */
export function SetPasswordPage() {
  const { t } = useI18n();
  const token = useLocation().hash.slice(1);
  const navigate = useNavigate();
  const client = useApolloClient();
  const form = useRef<HTMLFormElement>(null);
  const focusFirstInvalid = useFocusFirstInvalid(form);
  const link = useQuery(PasswordLinkDocument, { variables: { token }, fetchPolicy: 'network-only' });
  const [setPassword, { loading }] = useMutation(SetPasswordWithTokenDocument);
  const [error, setError] = useState<ApiError | null>(null);
  const state = link.data?.passwordLink.state;
  const purpose = link.data?.passwordLink.purpose;
  const title =
    state !== 'VALID'
      ? t('setPassword.title')
      : purpose === 'INVITATION'
        ? t('setPassword.titleInvitation')
        : t('setPassword.titleReset');
  usePageTitle(link.loading ? undefined : title);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const password = String(new FormData(event.currentTarget).get('password'));
    const tooShort = passwordLengthMessage(password);
    setError(
      tooShort
        ? {
            code: 'BAD_USER_INPUT',
            message: '',
            fields: [{ field: 'password', message: t(tooShort.key, tooShort.params) }],
          }
        : null,
    );
    if (tooShort) return focusFirstInvalid();
    try {
      const result = await setPassword({ variables: { input: { token, password } } });
      const { email } = result.data!.setPasswordWithToken;
      // Every session of the link's owner ended: if that is who is signed in here, this browser is signed out.
      if (client.readQuery({ query: MeDocument })?.me?.email.toLowerCase() === email.toLowerCase())
        await forgetViewer(client);
      const notice: SignInNotice = { notice: 'passwordSet', email };
      navigate('/kirjaudu', { replace: true, state: notice });
    } catch (failure) {
      const parsed = apiError(failure) ?? { code: 'NETWORK', message: t('error.network'), fields: [] };
      // The link stopped working meanwhile: show why, as on arrival.
      if (fieldMessage(parsed, 'token')) return void link.refetch();
      setError(parsed);
      focusFirstInvalid();
    }
  }

  if (link.loading && !link.data) {
    return (
      <PublicFrame>
        <Loading />
      </PublicFrame>
    );
  }
  if (!state) {
    return (
      <PublicFrame>
        <h1>{t('setPassword.title')}</h1>
        <p className="notice notice--error" role="alert">
          {t(link.error && !apiError(link.error) ? 'error.network' : 'error.generic')}
        </p>
      </PublicFrame>
    );
  }
  if (state !== 'VALID') {
    return (
      <PublicFrame>
        <h1>{title}</h1>
        <p className="notice notice--error">{t(`setPassword.state.${state}`)}</p>
        <p>
          <Link to="/unohtunut-salasana">{t('setPassword.askNew')}</Link>
        </p>
        <p>
          <Link to="/kirjaudu">{t('forgot.backToSignIn')}</Link>
        </p>
      </PublicFrame>
    );
  }
  return (
    <PublicFrame>
      <h1>{title}</h1>
      <p>{purpose === 'INVITATION' ? t('setPassword.introInvitation') : t('setPassword.introReset')}</p>
      <div role="alert">{error && !error.fields.length && <p className="notice notice--error">{error.message}</p>}</div>
      <form ref={form} onSubmit={submit} noValidate className="form">
        <PasswordField
          name="password"
          label={t('password.new')}
          autoComplete="new-password"
          error={fieldMessage(error, 'password')}
        />
        <button type="submit" className="button button--primary" disabled={loading} aria-busy={loading}>
          {loading ? t('setPassword.submitting') : t('setPassword.submit')}
        </button>
      </form>
    </PublicFrame>
  );
}
