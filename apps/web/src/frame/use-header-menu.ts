import { type KeyboardEvent, useRef, useState } from 'react';
import { useLocation } from 'react-router';

/**
 * The phone header's menu, a disclosure: the button toggles it, Escape closes it and gives the
 * button the focus back, and it closes by itself on every navigation (it is open only for the
 * location it was opened on).
 */
export function useHeaderMenu() {
  const location = useLocation();
  const [openOn, setOpenOn] = useState<string | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  const open = openOn === location.key;

  function onKeyDown(event: KeyboardEvent) {
    if (event.key !== 'Escape' || !open) return;
    // A group list open inside the menu closes first.
    const details = event.target instanceof Element ? event.target.closest('details') : null;
    if (details?.open) {
      details.open = false;
      details.querySelector('summary')?.focus();
      return;
    }
    setOpenOn(null);
    button.current?.focus();
  }

  return { open, button, toggle: () => setOpenOn(open ? null : location.key), onKeyDown };
}
