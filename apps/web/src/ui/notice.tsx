import type { ReactNode } from 'react';

/** A problem that stops the page or form, announced as soon as it shows. */
export function ErrorNotice({ children }: { children: ReactNode }) {
  return (
    <p className="notice notice--error" role="alert">
      {children}
    </p>
  );
}
