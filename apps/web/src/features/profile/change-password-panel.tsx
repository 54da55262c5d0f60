import { useMutation } from '@apollo/client/react';
import { ChangePasswordDocument, MeDocument, MySessionsDocument } from '@elinvoima/graphql';
import { type FormEvent, useId, useRef, useState } from 'react';
import { useI18n } from '../../i18n/i18n';
import { apiError, type ApiError, type FieldError, fieldMessage } from '../../lib/errors';
import { PasswordField, passwordLengthMessage } from '../accounts/password-field';
import { useViewer } from '../auth/viewer';
import { useFocusFirstInvalid } from '../../ui/use-focus-first-invalid';

/** Changing the password needs the current one; the API then ends the other sessions and renews this one. */
export function ChangePasswordPanel() {
  const { t } = useI18n();
  const viewer = useViewer();
  const headingId = useId();
  const form = useRef<HTMLFormElement>(null);
  const focusFirstInvalid = useFocusFirstInvalid(form);
  const [change, { loading }] = useMutation(ChangePasswordDocument, { refetchQueries: [MySessionsDocument] });
  const [error, setError] = useState<ApiError | null>(null);
  const [done, setDone] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const values = new FormData(formElement);
    const currentPassword = String(values.get('currentPassword'));
    const newPassword = String(values.get('newPassword'));
    setDone(false);
    const problems: FieldError[] = [];
    if (!currentPassword) problems.push({ field: 'currentPassword', message: t('form.requiredField') });
    const length = passwordLengthMessage(newPassword);
    if (length) problems.push({ field: 'newPassword', message: t(length.key, length.params) });
    setError(problems.length ? { code: 'BAD_USER_INPUT', message: '', fields: problems } : null);
    if (problems.length) return focusFirstInvalid();
    try {
      await change({
        variables: { input: { currentPassword, newPassword } },
        update: (cache, result) => {
          const user = result.data?.changePassword.user;
          if (user) cache.writeQuery({ query: MeDocument, data: { me: user } });
        },
      });
      formElement.reset();
      setDone(true);
    } catch (failure) {
      setError(apiError(failure) ?? { code: 'NETWORK', message: t('error.network'), fields: [] });
      focusFirstInvalid();
    }
  }

  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('changePassword.title')}</h2>
      <p className="field__hint">{t('changePassword.lead')}</p>
      <div role="status" aria-live="polite">
        {done && <p className="notice notice--success">{t('changePassword.done')}</p>}
      </div>
      <div role="alert">{error && !error.fields.length && <p className="notice notice--error">{error.message}</p>}</div>
      <form ref={form} onSubmit={submit} noValidate className="form form--inline">
        {/* For password managers: whose password this is. */}
        <input type="email" name="username" autoComplete="username" value={viewer.email} readOnly hidden />
        <PasswordField
          name="currentPassword"
          label={t('password.current')}
          autoComplete="current-password"
          error={fieldMessage(error, 'currentPassword')}
        />
        <PasswordField
          name="newPassword"
          label={t('password.new')}
          autoComplete="new-password"
          error={fieldMessage(error, 'newPassword')}
        />
        <button type="submit" className="button button--primary" disabled={loading} aria-busy={loading}>
          {loading ? t('changePassword.submitting') : t('changePassword.submit')}
        </button>
      </form>
    </section>
  );
}
