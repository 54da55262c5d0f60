import { LIMITS, passwordLengthProblem } from '@elinvoima/domain';
import { useId, useState } from 'react';
import { type MessageKey, useI18n } from '../../i18n/i18n';
import { TextField } from '../../ui/text-field';

/** What the client can tell before asking the API: the length. Common passwords are the API's to refuse. */
export function passwordLengthMessage(password: string): { key: MessageKey; params: Record<string, number> } | null {
  const problem = passwordLengthProblem(password);
  if (problem === 'tooShort') return { key: 'password.tooShort', params: { min: LIMITS.passwordMin } };
  if (problem === 'tooLong') return { key: 'password.tooLong', params: { max: LIMITS.passwordMax } };
  return null;
}

interface Props {
  name: string;
  label: string;
  error?: string;
  /** `new-password` lets password managers offer a strong one; `current-password` fills in the saved one. */
  autoComplete: 'new-password' | 'current-password';
}

/** A password input with the option to show what was typed (ASVS 2.1.12) and, for a new one, the rule. */
export function PasswordField({ name, label, error, autoComplete }: Props) {
  const { t } = useI18n();
  const showId = useId();
  const [shown, setShown] = useState(false);
  const isNew = autoComplete === 'new-password';
  return (
    <div className="password-field">
      <TextField
        name={name}
        type={shown ? 'text' : 'password'}
        label={label}
        required
        autoComplete={autoComplete}
        spellCheck={false}
        autoCapitalize="off"
        minLength={isNew ? LIMITS.passwordMin : undefined}
        hint={isNew ? t('password.hint', { min: LIMITS.passwordMin }) : undefined}
        error={error}
      />
      <label className="choice password-field__show" htmlFor={showId}>
        <input id={showId} type="checkbox" checked={shown} onChange={(e) => setShown(e.target.checked)} />
        {t('password.show')}
      </label>
    </div>
  );
}
