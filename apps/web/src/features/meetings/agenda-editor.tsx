import { useMutation, useQuery } from '@apollo/client/react';
import {
  AddAgendaItemDocument,
  AgendaEditorOptionsDocument,
  type MeetingQuery,
  RemoveAgendaItemDocument,
  ReorderAgendaDocument,
} from '@elinvoima/graphql';
import { useRef, useState } from 'react';
import { useI18n } from '../../i18n/i18n';
import { apiError } from '../../lib/errors';
import { AgendaItemView } from './agenda-item-view';
import { AttachmentUpload } from './attachment-upload';
import { ItemForm } from './item-form';

type Meeting = MeetingQuery['meeting'];

function moved<T>(list: T[], from: number, to: number): T[] {
  const next = [...list];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item);
  return next;
}

/** The secretary's agenda: inline editing, drag and drop or move buttons, attachments. */
export function AgendaEditor({ meeting, onChanged }: { meeting: Meeting; onChanged(): void }) {
  const { t } = useI18n();
  const { data: options } = useQuery(AgendaEditorOptionsDocument, { variables: { groupId: meeting.groupId } });
  const [reorder] = useMutation(ReorderAgendaDocument);
  const [remove] = useMutation(RemoveAgendaItemDocument);
  const [add] = useMutation(AddAgendaItemDocument);
  const [editing, setEditing] = useState<string | null>(null);
  const [dragged, setDragged] = useState<number | null>(null);
  const draggedIndex = useRef<number | null>(null);
  const [status, setStatus] = useState<{ kind: 'error' | 'success'; text: string } | null>(null);

  async function run(action: () => Promise<unknown>, success: string) {
    setStatus(null);
    try {
      await action();
      setStatus({ kind: 'success', text: success });
    } catch (failure) {
      const parsed = apiError(failure);
      setStatus({ kind: 'error', text: parsed?.code === 'CONFLICT' ? t('agenda.conflict') : (parsed?.fields[0]?.message ?? parsed?.message ?? t('error.network')) });
    } finally {
      onChanged();
    }
  }

  function move(from: number, to: number) {
    if (to < 0 || to >= meeting.agenda.length || from === to) return;
    const itemIds = moved(meeting.agenda, from, to).map((item) => item.id);
    void run(() => reorder({ variables: { input: { meetingId: meeting.id, agendaVersion: meeting.agendaVersion, itemIds } } }), t('agenda.reordered'));
  }

  return (
    <>
      <p className="field__hint">{t('agenda.dragHint')}</p>
      <div role="status" aria-live="polite">
        {status && <p className={`notice notice--${status.kind}`}>{status.text}</p>}
      </div>
      {meeting.agenda.length === 0 && <p className="empty-state">{t('meeting.emptyAgenda')}</p>}
      <ol className="agenda agenda--editable">
        {meeting.agenda.map((item, index) => (
          <li
            key={item.id}
            className={`agenda-item${dragged === index ? ' agenda-item--dragged' : ''}`}
            draggable={editing === null}
            onDragStart={(event) => {
              event.dataTransfer.effectAllowed = 'move';
              // Some browsers start a drag only when it carries data.
              event.dataTransfer.setData('text/plain', item.id);
              draggedIndex.current = index;
              // Styling the dragged row right away would make Chromium cancel the drag.
              requestAnimationFrame(() => setDragged(index));
            }}
            onDragOver={(event) => event.preventDefault()}
            onDrop={(event) => {
              event.preventDefault();
              if (draggedIndex.current !== null) move(draggedIndex.current, index);
              draggedIndex.current = null;
              setDragged(null);
            }}
            onDragEnd={() => {
              draggedIndex.current = null;
              setDragged(null);
            }}
            data-testid="agenda-item"
          >
            {editing === item.id ? (
              <ItemForm
                item={item}
                options={options}
                onSaved={() => {
                  setEditing(null);
                  setStatus({ kind: 'success', text: t('agenda.saved') });
                  onChanged();
                }}
                onCancel={() => setEditing(null)}
                onReload={onChanged}
              />
            ) : (
              <>
                <AgendaItemView item={item} showChanges={meeting.status === 'AGENDA_PUBLISHED'} />
                <div className="toolbar toolbar--small">
                  <button type="button" className="button button--quiet" aria-label={t('agenda.editItem', { number: item.number, title: item.title })} onClick={() => setEditing(item.id)}>
                    {t('agenda.edit')}
                  </button>
                  <button type="button" className="button button--quiet" aria-label={t('agenda.moveUp', { title: item.title })} disabled={index === 0} onClick={() => move(index, index - 1)}>
                    ↑
                  </button>
                  <button
                    type="button"
                    className="button button--quiet"
                    aria-label={t('agenda.moveDown', { title: item.title })}
                    disabled={index === meeting.agenda.length - 1}
                    onClick={() => move(index, index + 1)}
                  >
                    ↓
                  </button>
                  <button
                    type="button"
                    className="button button--quiet button--danger"
                    aria-label={t('agenda.remove', { title: item.title })}
                    onClick={() => {
                      if (window.confirm(t('agenda.confirmRemove', { title: item.title }))) {
                        void run(() => remove({ variables: { input: { id: item.id, version: item.version } } }), t('agenda.saved'));
                      }
                    }}
                  >
                    ✕
                  </button>
                  <AttachmentUpload itemId={item.id} onUploaded={(name) => { setStatus({ kind: 'success', text: t('agenda.uploadDone', { name }) }); onChanged(); }} />
                </div>
              </>
            )}
          </li>
        ))}
      </ol>
      <section aria-labelledby="add-item-heading" className="add-item">
        <h3 id="add-item-heading">{t('agenda.addItem')}</h3>
        <ItemForm
          options={options}
          onSubmitNew={(input) => add({ variables: { input: { ...input, meetingId: meeting.id } } })}
          onSaved={() => {
            setStatus({ kind: 'success', text: t('agenda.saved') });
            onChanged();
          }}
          onReload={onChanged}
        />
      </section>
    </>
  );
}
