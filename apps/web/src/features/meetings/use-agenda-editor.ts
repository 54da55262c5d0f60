import { useMutation, useQuery } from '@apollo/client/react';
import {
  AddAgendaItemDocument,
  AgendaEditorOptionsDocument,
  type MeetingQuery,
  RemoveAgendaItemDocument,
  ReorderAgendaDocument,
} from '@elinvoima/graphql';
import { type DragEvent, useCallback, useRef, useState } from 'react';
import { useI18n } from '../../i18n/i18n';
import { apiError } from '../../lib/errors';
import type { AgendaItem } from './agenda-item-view';
import { startDragAutoScroll } from './drag-auto-scroll';
import type { NewItem } from './use-item-form';

type Meeting = MeetingQuery['meeting'];

export interface AgendaStatus {
  kind: 'error' | 'success';
  text: string;
}

function moved<T>(list: T[], from: number, to: number): T[] {
  const next = [...list];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item);
  return next;
}

/** The secretary's agenda: which item is being edited or dragged, and every change's outcome. */
export function useAgendaEditor(meeting: Meeting, onChanged: () => void) {
  const { t } = useI18n();
  const { data: options } = useQuery(AgendaEditorOptionsDocument, { variables: { groupId: meeting.groupId } });
  const [reorder] = useMutation(ReorderAgendaDocument);
  const [removeItem] = useMutation(RemoveAgendaItemDocument);
  const [add] = useMutation(AddAgendaItemDocument);
  const [editing, setEditing] = useState<string | null>(null);
  const [dragged, setDragged] = useState<number | null>(null);
  const draggedIndex = useRef<number | null>(null);
  const stopAutoScroll = useRef<(() => void) | null>(null);
  const [status, setStatus] = useState<AgendaStatus | null>(null);
  /** The item whose title takes the focus once the agenda shows it: a new one, or the neighbour of a removed one. */
  const [focusOn, setFocusOn] = useState<string | null>(null);
  const focusTitle = useCallback((title: HTMLHeadingElement | null) => {
    if (!title) return;
    title.focus();
    setFocusOn(null);
  }, []);

  /** Every change ends in a reload of the meeting, a failed one too: it may have met someone else's. */
  async function run(action: () => Promise<unknown>, success: string): Promise<boolean> {
    setStatus(null);
    try {
      await action();
      setStatus({ kind: 'success', text: success });
      return true;
    } catch (failure) {
      const parsed = apiError(failure);
      setStatus({
        kind: 'error',
        text:
          parsed?.code === 'CONFLICT'
            ? t('agenda.conflict')
            : (parsed?.fields[0]?.message ?? parsed?.message ?? t('error.network')),
      });
      return false;
    } finally {
      onChanged();
    }
  }

  function move(from: number, to: number) {
    if (to < 0 || to >= meeting.agenda.length || from === to) return;
    const itemIds = moved(meeting.agenda, from, to).map((item) => item.id);
    void run(
      () => reorder({ variables: { input: { meetingId: meeting.id, agendaVersion: meeting.agendaVersion, itemIds } } }),
      t('agenda.reordered'),
    );
  }

  /** Removes the item (the toolbar has asked first); the focus goes to the item before it, or after it. */
  async function remove(item: AgendaItem) {
    const index = meeting.agenda.findIndex((other) => other.id === item.id);
    const neighbour = meeting.agenda[index - 1] ?? meeting.agenda[index + 1];
    const removed = await run(
      () => removeItem({ variables: { input: { id: item.id, version: item.version } } }),
      t('agenda.saved'),
    );
    if (removed && neighbour) setFocusOn(neighbour.id);
  }

  /** A change made by a form or an upload: it is announced and the meeting reloads. */
  function changed(text: string) {
    setStatus({ kind: 'success', text });
    onChanged();
  }

  function dropped() {
    stopAutoScroll.current?.();
    stopAutoScroll.current = null;
    draggedIndex.current = null;
    setDragged(null);
  }

  /** An item is dragged onto another's place; the list item carries these handlers. */
  function dragProps(item: AgendaItem, index: number) {
    return {
      draggable: editing === null,
      onDragStart(event: DragEvent) {
        event.dataTransfer.effectAllowed = 'move';
        // Some browsers start a drag only when it carries data.
        event.dataTransfer.setData('text/plain', item.id);
        draggedIndex.current = index;
        // A long agenda does not fit the screen: near its edges the window scrolls along.
        stopAutoScroll.current?.();
        stopAutoScroll.current = startDragAutoScroll();
        // Styling the dragged row right away would make Chromium cancel the drag.
        requestAnimationFrame(() => setDragged(index));
      },
      onDragOver: (event: DragEvent) => event.preventDefault(),
      onDrop(event: DragEvent) {
        event.preventDefault();
        if (draggedIndex.current !== null) move(draggedIndex.current, index);
        dropped();
      },
      onDragEnd: dropped,
    };
  }

  return {
    options,
    editing,
    edit: setEditing,
    dragged,
    status,
    move,
    remove,
    added: () => changed(t('agenda.saved')),
    uploaded: (name: string) => changed(t('agenda.uploadDone', { name })),
    /** The edited item was saved: its form closes. */
    edited() {
      setEditing(null);
      changed(t('agenda.saved'));
    },
    async addItem(input: NewItem) {
      const result = await add({ variables: { input: { ...input, meetingId: meeting.id } } });
      setFocusOn(result.data?.addAgendaItem.id ?? null);
    },
    focusOn,
    focusTitle,
    dragProps,
  };
}

export type AgendaEditorState = ReturnType<typeof useAgendaEditor>;
