import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  // The shared libraries are read from their TypeScript sources.
  resolve: { conditions: ['source', 'module', 'browser', 'development|production'] },
  server: {
    proxy: Object.fromEntries(
      ['/graphql', '/health', '/attachments', '/agenda-items', '/meetings', '/calendar', '/outbox-messages'].map(
        (path) => [path, 'http://localhost:3000'],
      ),
    ),
  },
  build: { target: 'es2022', sourcemap: true },
});
