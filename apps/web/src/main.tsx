import { ApolloProvider } from '@apollo/client/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { createApolloClient } from './apollo';
import { App } from './app';
import { askFirstPageData } from './first-page-data';
import { I18nProvider } from './i18n/i18n';
import './styles.css';

const client = createApolloClient();
askFirstPageData(client, window.location.pathname);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nProvider>
      <ApolloProvider client={client}>
        <BrowserRouter>
          <App />
        </BrowserRouter>
      </ApolloProvider>
    </I18nProvider>
  </StrictMode>,
);
