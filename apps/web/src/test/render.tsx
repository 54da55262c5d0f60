import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { ViewerProvider } from '../features/auth/viewer';
import { I18nProvider } from '../i18n/i18n';

export type Mock = MockLink.MockedResponse;

// The API answers at once, so its answers land while a test waits for what they change.
const IMMEDIATE = { delay: 0 };

/** Where a page sent the user: the address and the notice it passed along. */
function Elsewhere() {
  const location = useLocation();
  const notice = (location.state as { notice?: string } | null)?.notice;
  return <p data-testid="elsewhere">{`${location.pathname}${notice ? ` (${notice})` : ''}`}</p>;
}

/**
 * Renders `page` at `url` under the route `path`, signed in as the viewer of the Me mock, with the
 * API answering only `mocks`. A navigation elsewhere shows its address in `elsewhere`.
 */
export function renderPage(page: ReactNode, { path, url, mocks }: { path: string; url: string; mocks: Mock[] }) {
  return render(
    <I18nProvider>
      <MockedProvider mocks={mocks} mockLinkDefaultOptions={IMMEDIATE}>
        <MemoryRouter initialEntries={[url]}>
          <ViewerProvider fallback={null}>
            {() => (
              <Routes>
                <Route path={path} element={page} />
                <Route path="*" element={<Elsewhere />} />
              </Routes>
            )}
          </ViewerProvider>
        </MemoryRouter>
      </MockedProvider>
    </I18nProvider>,
  );
}

/** Renders a component on its own, with the API answering only `mocks`; `rerender` keeps them. */
export function renderWithApi(element: ReactNode, mocks: Mock[]) {
  const wrapper = ({ children }: { children: ReactNode }) => (
    <I18nProvider>
      <MockedProvider mocks={mocks} mockLinkDefaultOptions={IMMEDIATE}>
        {children}
      </MockedProvider>
    </I18nProvider>
  );
  return render(element, { wrapper });
}

/** A mock that answers whatever variables come and keeps them for the test to read. */
export function recording<T>(mock: Omit<Mock, 'request'> & { request: { query: Mock['request']['query'] } }) {
  const sent: T[] = [];
  const answer: Mock = {
    ...mock,
    request: {
      query: mock.request.query,
      variables: (variables: Record<string, unknown>) => {
        sent.push(variables as T);
        return true;
      },
    },
  };
  return { mock: answer, sent };
}
