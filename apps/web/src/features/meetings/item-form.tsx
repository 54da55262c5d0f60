import type { AgendaEditorOptionsQuery, AgendaItemKind } from '@elinvoima/graphql';
import { useId } from 'react';
import { useI18n } from '../../i18n/i18n';
import { fieldMessage } from '../../lib/errors';
import { TextField } from '../../ui/text-field';
import type { AgendaItem } from './agenda-item-view';
import { ItemDetailsFields } from './item-details-fields';
import { type NewItem, useItemForm } from './use-item-form';

const ITEM_KINDS: AgendaItemKind[] = ['INFORMATION', 'DISCUSSION', 'DECISION'];

interface Props {
  item?: AgendaItem;
  options: AgendaEditorOptionsQuery | undefined;
  onSubmitNew?(input: NewItem): Promise<unknown>;
  onSaved(): void;
  onCancel?(): void;
  onReload(): void;
}

/** Adds a new item or edits one; on a conflict the user's values stay in the form to save again. */
export function ItemForm({ item, options, onSubmitNew, onSaved, onCancel, onReload }: Props) {
  const { t } = useI18n();
  const ids = { kind: useId(), description: useId(), proposal: useId() };
  const { kind, setKind, error, conflict, busy, submit } = useItemForm({ item, onSubmitNew, onSaved });
  const descriptionError = fieldMessage(error, 'description');
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
      <TextField
        name="title"
        label={t('agenda.itemTitle')}
        defaultValue={item?.title}
        required
        error={fieldMessage(error, 'title')}
      />
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
      <div className={`field${descriptionError ? ' field--invalid' : ''}`}>
        <label htmlFor={ids.description}>{t('agenda.description')}</label>
        <p className="field__hint" id={`${ids.description}-hint`}>
          {t('agenda.descriptionHint')}
        </p>
        <textarea
          id={ids.description}
          name="description"
          rows={4}
          defaultValue={item?.description}
          aria-describedby={`${ids.description}-hint`}
        />
        {descriptionError && <p className="field__error">{descriptionError}</p>}
      </div>
      {kind === 'DECISION' && (
        <div className="field">
          <label htmlFor={ids.proposal}>{t('agenda.proposal')}</label>
          <textarea id={ids.proposal} name="proposal" rows={2} defaultValue={item?.proposal ?? ''} />
        </div>
      )}
      <ItemDetailsFields item={item} options={options} error={error} />
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
