import { useMutation } from '@apollo/client/react';
import { type AddAgendaItemInput, type AgendaItemKind, UpdateAgendaItemDocument } from '@elinvoima/graphql';
import { type FormEvent, useState } from 'react';
import { useI18n } from '../../i18n/i18n';
import { type ApiError, requestError } from '../../lib/errors';
import type { AgendaItem } from './agenda-item-view';

export type NewItem = Omit<AddAgendaItemInput, 'meetingId'>;

function text(form: FormData, name: string): string {
  return String(form.get(name) ?? '').trim();
}

/** The item as the form holds it; empty optional fields are sent as null. */
export function itemFields(form: FormData, kind: AgendaItemKind): NewItem {
  const minutes = text(form, 'plannedMinutes');
  return {
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
}

interface Options {
  /** The item being edited; without one the form adds a new item through `onSubmitNew`. */
  item?: AgendaItem;
  onSubmitNew?(input: NewItem): Promise<unknown>;
  onSaved(): void;
}

/**
 * Saving an agenda item. The fields are the form's own, so after a failure (a conflict included)
 * the user's values stay in it to save again; a new item's form is emptied once it is added.
 */
export function useItemForm({ item, onSubmitNew, onSaved }: Options) {
  const { t } = useI18n();
  const [update, { loading: updating }] = useMutation(UpdateAgendaItemDocument);
  const [adding, setAdding] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [kind, setKind] = useState<AgendaItemKind>(item?.kind ?? 'INFORMATION');

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const fields = itemFields(new FormData(formElement), kind);
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
      setError(requestError(failure, t('error.network')));
    } finally {
      setAdding(false);
    }
  }

  return { kind, setKind, error, conflict: error?.code === 'CONFLICT', busy: updating || adding, submit };
}
