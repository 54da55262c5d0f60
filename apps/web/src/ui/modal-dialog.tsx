import { type KeyboardEvent, type ReactNode, type RefObject, useEffect, useRef, useState } from 'react';

/**
 * A native modal dialog and the button that opens it. The modal makes the page behind it inert and
 * closes on Escape; Tab goes round its controls, and on closing focus returns to the opener.
 * The content exists only while the dialog is open, so the page's text is not repeated in it.
 */
export function useModalDialog(initialFocus: RefObject<HTMLElement | null>) {
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const [isOpen, setOpen] = useState(false);

  useEffect(() => {
    if (!isOpen || dialog.current?.open) return;
    dialog.current?.showModal();
    initialFocus.current?.focus();
  }, [isOpen, initialFocus]);

  function closed() {
    setOpen(false);
    if (opener.current?.isConnected) opener.current.focus();
  }

  return { dialog, opener, isOpen, open: () => setOpen(true), close: () => dialog.current?.close(), closed };
}

export type ModalDialogState = ReturnType<typeof useModalDialog>;

/** Tab from the last control returns to the first (and Shift+Tab the other way), in every browser. */
function keepFocusInside(event: KeyboardEvent<HTMLDialogElement>) {
  if (event.key !== 'Tab') return;
  const controls = [
    ...event.currentTarget.querySelectorAll<HTMLElement>('textarea, input, select, button, a[href]'),
  ].filter((c) => !c.hasAttribute('disabled'));
  const [first, last] = [controls[0], controls[controls.length - 1]];
  if (!event.shiftKey && document.activeElement === last) {
    event.preventDefault();
    first?.focus();
  } else if (event.shiftKey && document.activeElement === first) {
    event.preventDefault();
    last?.focus();
  }
}

interface Props {
  modal: ModalDialogState;
  labelledBy: string;
  describedBy: string;
  children: ReactNode;
}

export function ModalDialog({ modal, labelledBy, describedBy, children }: Props) {
  return (
    <dialog
      ref={modal.dialog}
      className="dialog"
      aria-labelledby={labelledBy}
      aria-describedby={describedBy}
      onKeyDown={keepFocusInside}
      onClose={modal.closed}
    >
      {modal.isOpen && children}
    </dialog>
  );
}
