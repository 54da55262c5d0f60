import type { MeetingQuery } from '@elinvoima/graphql';
import { useI18n } from '../../i18n/i18n';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { type AgendaItem, AgendaItemView } from './agenda-item-view';
import { AttachmentUpload } from './attachment-upload';
import { ItemForm } from './item-form';
import { type AgendaEditorState, useAgendaEditor } from './use-agenda-editor';

type Meeting = MeetingQuery['meeting'];

/** The secretary's agenda: inline editing, drag and drop or move buttons, attachments. */
export function AgendaEditor({ meeting, onChanged }: { meeting: Meeting; onChanged(): void }) {
  const { t } = useI18n();
  const editor = useAgendaEditor(meeting, onChanged);
  const { status, options } = editor;
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
            className={`agenda-item${editor.dragged === index ? ' agenda-item--dragged' : ''}`}
            {...editor.dragProps(item, index)}
            data-testid="agenda-item"
          >
            {editor.editing === item.id ? (
              <ItemForm
                item={item}
                options={options}
                onSaved={editor.edited}
                onCancel={() => editor.edit(null)}
                onReload={onChanged}
              />
            ) : (
              <>
                <AgendaItemView
                  item={item}
                  showChanges={meeting.status === 'AGENDA_PUBLISHED'}
                  titleRef={item.id === editor.focusOn ? editor.focusTitle : undefined}
                />
                <ItemToolbar editor={editor} item={item} index={index} last={index === meeting.agenda.length - 1} />
              </>
            )}
          </li>
        ))}
      </ol>
      <section aria-labelledby="add-item-heading" className="add-item">
        <h3 id="add-item-heading">{t('agenda.addItem')}</h3>
        <ItemForm options={options} onSubmitNew={editor.addItem} onSaved={editor.added} onReload={onChanged} />
      </section>
    </>
  );
}

/** Edit, move up or down, remove, attach a file: each button names the item it acts on. */
function ItemToolbar({
  editor,
  item,
  index,
  last,
}: {
  editor: AgendaEditorState;
  item: AgendaItem;
  index: number;
  last: boolean;
}) {
  const { t } = useI18n();
  return (
    <div className="toolbar toolbar--small">
      <button
        type="button"
        className="button button--quiet"
        aria-label={t('agenda.editItem', { number: item.number, title: item.title })}
        onClick={() => editor.edit(item.id)}
      >
        {t('agenda.edit')}
      </button>
      <button
        type="button"
        className="button button--quiet"
        aria-label={t('agenda.moveUp', { title: item.title })}
        disabled={index === 0}
        onClick={() => editor.move(index, index - 1)}
      >
        ↑
      </button>
      <button
        type="button"
        className="button button--quiet"
        aria-label={t('agenda.moveDown', { title: item.title })}
        disabled={last}
        onClick={() => editor.move(index, index + 1)}
      >
        ↓
      </button>
      <ConfirmDialog
        opener={{
          label: '✕',
          name: t('agenda.remove', { title: item.title }),
          className: 'button button--quiet button--danger',
        }}
        title={t('agenda.removeTitle')}
        confirmLabel={t('agenda.removeConfirm')}
        danger
        onConfirm={() => void editor.remove(item)}
      >
        <p>{t('agenda.confirmRemove', { title: item.title })}</p>
      </ConfirmDialog>
      <AttachmentUpload itemId={item.id} onUploaded={editor.uploaded} />
    </div>
  );
}
