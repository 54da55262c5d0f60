import { useMutation } from '@apollo/client/react';
import { AddMemberDocument, GroupDocument, type GroupRole } from '@elinvoima/graphql';
import { type FormEvent, useId, useState } from 'react';
import { useI18n } from '../../i18n/i18n';
import { apiError, type ApiError, fieldMessage } from '../../lib/errors';
import { DateField } from '../../ui/date-field';
import { dateProblem } from '../../ui/date-problem';
import { TextField } from '../../ui/text-field';

export function AddMemberForm({
  groupId,
  canChangeChair,
  onAdded,
}: {
  groupId: string;
  canChangeChair: boolean;
  onAdded(name: string): void;
}) {
  const { t } = useI18n();
  const roleId = useId();
  const languageId = useId();
  const [error, setError] = useState<ApiError | null>(null);
  const [addMember, { loading }] = useMutation(AddMemberDocument, {
    refetchQueries: [GroupDocument],
    awaitRefetchQueries: true,
  });

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const name = String(form.get('name'));
    const since = String(form.get('since') ?? '');
    if (dateProblem(since)) {
      setError({ code: 'BAD_USER_INPUT', message: '', fields: [{ field: 'since', message: t('dateField.invalid') }] });
      return;
    }
    setError(null);
    try {
      await addMember({
        variables: {
          input: {
            groupId,
            name,
            email: String(form.get('email')),
            role: form.get('role') as GroupRole,
            since: since || undefined,
            locale: form.get('locale') === 'EN' ? 'EN' : 'FI',
          },
        },
      });
      formElement.reset();
      onAdded(name);
    } catch (failure) {
      setError(apiError(failure) ?? { code: 'NETWORK', message: t('error.network'), fields: [] });
    }
  }

  return (
    <form onSubmit={submit} noValidate className="form form--inline">
      <p className="field__hint">{t('group.addMemberHelp')}</p>
      <div role="alert">{error && !error.fields.length && <p className="notice notice--error">{error.message}</p>}</div>
      <TextField
        name="name"
        label={t('group.memberName')}
        required
        autoComplete="off"
        error={fieldMessage(error, 'name')}
      />
      <TextField
        name="email"
        type="email"
        label={t('group.memberEmail')}
        required
        autoComplete="off"
        error={fieldMessage(error, 'email')}
      />
      <div className="field">
        <label htmlFor={roleId}>{t('group.memberRole')}</label>
        <select id={roleId} name="role" defaultValue="MEMBER">
          <option value="MEMBER">{t('role.MEMBER')}</option>
          <option value="SECRETARY">{t('role.SECRETARY')}</option>
          {canChangeChair && <option value="CHAIR">{t('role.CHAIR')}</option>}
        </select>
      </div>
      <DateField name="since" label={t('group.memberSince')} error={fieldMessage(error, 'since')} />
      <div className="field">
        <label htmlFor={languageId}>{t('group.memberLanguage')}</label>
        <select id={languageId} name="locale" defaultValue="FI">
          <option value="FI" lang="fi">
            {t('language.fi')}
          </option>
          <option value="EN" lang="en">
            {t('language.en')}
          </option>
        </select>
      </div>
      <button type="submit" className="button button--primary" disabled={loading} aria-busy={loading}>
        {loading ? t('group.adding') : t('group.addMember')}
      </button>
    </form>
  );
}
