import { type RefObject, useCallback, useEffect, useState } from 'react';

/**
 * After a failed submit, the first field with a problem gets the focus: the returned function
 * asks for it, and it happens once the field's error has been rendered.
 */
export function useFocusFirstInvalid(form: RefObject<HTMLFormElement | null>): () => void {
  const [requests, setRequests] = useState(0);
  useEffect(() => {
    if (requests) form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [requests, form]);
  return useCallback(() => setRequests((n) => n + 1), []);
}
