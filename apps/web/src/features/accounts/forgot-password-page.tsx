import { useMutation } from '@apollo/client/react';
import { RequestPasswordResetDocument } from '@elinvoima/graphql';
import { type FormEvent, useRef, useState } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../i18n/i18n';
import { apiError, type ApiError, fieldMessage } from '../../lib/errors';
import { useFocusFirstInvalid } from '../../ui/use-focus-first-invalid';
import { usePageTitle } from '../../ui/page-title';
import { TextField } from '../../ui/text-field';
import { PublicFrame } from '../../ui/public-frame';

/** "Unohtuiko salasana?": asks for a reset link. The answer is the same whether the address has an account or not. */
export function ForgotPasswordPage() {
  const { t } = useI18n();
  usePageTitle(t('forgot.title'));
  const form = useRef<HTMLFormElement>(null);
  const focusFirstInvalid = useFocusFirstInvalid(form);
  const [request, { loading }] = useMutation(RequestPasswordResetDocument);
  const [error, setError] = useState<ApiError | null>(null);
  const [sentTo, setSentTo] = useState<string | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const email = String(new FormData(event.currentTarget).get('email')).trim();
    setError(null);
    setSentTo(null);
    if (!email) {
      setError({ code: 'BAD_USER_INPUT', message: '', fields: [{ field: 'email', message: t('form.requiredField') }] });
      return focusFirstInvalid();
    }
    try {
      await request({ variables: { input: { email } } });
      setSentTo(email);
    } catch (failure) {
      setError(apiError(failure) ?? { code: 'NETWORK', message: t('error.network'), fields: [] });
      focusFirstInvalid();
    }
  }

  return (
    <PublicFrame>
      <h1>{t('forgot.title')}</h1>
      <p>{t('forgot.intro')}</p>
      <div role="status" aria-live="polite">
        {sentTo && (
          <div className="notice notice--success">
            <p>{t('forgot.sent', { email: sentTo })}</p>
            <p>{t('forgot.noMail')}</p>
          </div>
        )}
      </div>
      <div role="alert">{error && !error.fields.length && <p className="notice notice--error">{error.message}</p>}</div>
      <form ref={form} onSubmit={submit} noValidate className="form">
        <TextField
          name="email"
          type="email"
          label={t('signIn.email')}
          autoComplete="username"
          required
          error={fieldMessage(error, 'email')}
        />
        <button type="submit" className="button button--primary" disabled={loading} aria-busy={loading}>
          {loading ? t('forgot.submitting') : t('forgot.submit')}
        </button>
      </form>
      <p>
        <Link to="/kirjaudu">{t('forgot.backToSignIn')}</Link>
      </p>
    </PublicFrame>
  );
}
