import { useMutation } from '@apollo/client/react';
import { themeName } from '@elinvoima/domain';
import { type AddAgendaItemInput, type AgendaEditorOptionsQuery, type AgendaItemKind, UpdateAgendaItemDocument } from '@elinvoima/graphql';
import { type FormEvent, useId, useState } from 'react';
import { useI18n } from '../../i18n/i18n';
import { apiError, type ApiError, fieldMessage } from '../../lib/errors';
import { TextField } from '../../ui/text-field';
import type { AgendaItem } from './agenda-item-view';

type NewItem = Omit<AddAgendaItemInput, 'meetingId'>;
const ITEM_KINDS: AgendaItemKind[] = ['INFORMATION', 'DISCUSSION', 'DECISION'];

interface Props {
  item?: AgendaItem;
  options: AgendaEditorOptionsQuery | undefined;
  onSubmitNew?(input: NewItem): Promise<unknown>;
  onSaved(): void;
  onCancel?(): void;
  onReload(): void;
}

function text(form: FormData, name: string): string {
  return String(form.get(name) ?? '').trim();
}

/** Adds a new item or edits one; on a conflict the user's values stay in the form to save again. */
export function ItemForm({ item, options, onSubmitNew, onSaved, onCancel, onReload }: Props) {
  const { t, locale } = useI18n();
  const ids = { kind: useId(), description: useId(), presenter: useId(), project: useId(), proposal: useId() };
  const [update, { loading: updating }] = useMutation(UpdateAgendaItemDocument);
  const [adding, setAdding] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [kind, setKind] = useState<AgendaItemKind>(item?.kind ?? 'INFORMATION');

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const minutes = text(form, 'plannedMinutes');
    const fields: NewItem = {
      title: text(form, 'title'),
      kind,
      description: String(form.get('description') ?? ''),
      proposal: kind === 'DECISION' ? text(form, 'proposal') || null : null,
      presenterUserId: text(form, 'presenterUserId') || null,
      presenterName: text(form, 'presenterName') || null,
      presenterOrganization: text(form, 'presenterOrganization') || null,
      plannedMinutes: minutes === '' ? null : Number(minutes),
      projectId: text(form, 'projectId') || null,
      themeIds: form.getAll('themeIds').map(String),
    };
    setError(null);
    try {
      if (item) {
        await update({ variables: { input: { ...fields, id: item.id, version: item.version } } });
      } else {
        setAdding(true);
        await onSubmitNew!(fields);
        formElement.reset();
        setKind('INFORMATION');
      }
      onSaved();
    } catch (failure) {
      setError(apiError(failure) ?? { code: 'NETWORK', message: t('error.network'), fields: [] });
    } finally {
      setAdding(false);
    }
  }

  const busy = updating || adding;
  const conflict = error?.code === 'CONFLICT';
  return (
    <form onSubmit={submit} noValidate className="form item-form">
      <div role="alert">
        {conflict && (
          <div className="notice notice--error">
            <p>{t('agenda.conflict')}</p>
            <button type="button" className="button button--quiet" onClick={onReload}>
              {t('agenda.reload')}
            </button>
          </div>
        )}
        {error && !conflict && !error.fields.length && <p className="notice notice--error">{error.message}</p>}
      </div>
      <TextField name="title" label={t('agenda.itemTitle')} defaultValue={item?.title} required error={fieldMessage(error, 'title')} />
      <div className="field">
        <label htmlFor={ids.kind}>{t('agenda.itemKind')}</label>
        <select id={ids.kind} name="kind" value={kind} onChange={(e) => setKind(e.target.value as AgendaItemKind)}>
          {ITEM_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`itemKind.${k}`)}
            </option>
          ))}
        </select>
      </div>
      <div className={`field${fieldMessage(error, 'description') ? ' field--invalid' : ''}`}>
        <label htmlFor={ids.description}>{t('agenda.description')}</label>
        <p className="field__hint" id={`${ids.description}-hint`}>
          {t('agenda.descriptionHint')}
        </p>
        <textarea id={ids.description} name="description" rows={4} defaultValue={item?.description} aria-describedby={`${ids.description}-hint`} />
        {fieldMessage(error, 'description') && <p className="field__error">{fieldMessage(error, 'description')}</p>}
      </div>
      {kind === 'DECISION' && (
        <div className="field">
          <label htmlFor={ids.proposal}>{t('agenda.proposal')}</label>
          <textarea id={ids.proposal} name="proposal" rows={2} defaultValue={item?.proposal ?? ''} />
        </div>
      )}
      <div className="field">
        <label htmlFor={ids.presenter}>{t('agenda.presenterMember')}</label>
        <select id={ids.presenter} name="presenterUserId" defaultValue={item?.presenterUserId ?? ''}>
          <option value="">{t('agenda.presenterNone')}</option>
          {options?.group.members.map((m) => (
            <option key={m.id} value={m.user.id}>
              {m.user.name}
            </option>
          ))}
        </select>
      </div>
      <div className="form-row">
        <TextField name="presenterName" label={t('agenda.presenterName')} defaultValue={item?.presenterName ?? ''} error={fieldMessage(error, 'presenterName')} />
        <TextField name="presenterOrganization" label={t('agenda.presenterOrganization')} defaultValue={item?.presenterOrganization ?? ''} />
      </div>
      <div className="form-row">
        <TextField name="plannedMinutes" type="number" min={0} max={600} inputMode="numeric" label={t('agenda.plannedMinutes')} defaultValue={item?.plannedMinutes ?? ''} error={fieldMessage(error, 'plannedMinutes')} />
        <div className="field">
          <label htmlFor={ids.project}>{t('agenda.project')}</label>
          <select id={ids.project} name="projectId" defaultValue={item?.projectId ?? ''}>
            <option value="">{t('agenda.noProject')}</option>
            {options?.projects.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
      </div>
      {options && options.themes.length > 0 && (
        <fieldset className="field">
          <legend>{t('agenda.themes')}</legend>
          <div className="choices">
            {options.themes.map((theme) => (
              <label key={theme.id} className="choice">
                <input type="checkbox" name="themeIds" value={theme.id} defaultChecked={item?.themes.some((th) => th.id === theme.id)} />
                {themeName(theme, locale)}
              </label>
            ))}
          </div>
        </fieldset>
      )}
      <div className="toolbar">
        <button type="submit" className="button button--primary" disabled={busy} aria-busy={busy}>
          {busy ? t('agenda.saving') : item ? t('agenda.save') : t('agenda.addItem')}
        </button>
        {onCancel && (
          <button type="button" className="button button--quiet" onClick={onCancel}>
            {t('agenda.cancelEdit')}
          </button>
        )}
      </div>
    </form>
  );
}
