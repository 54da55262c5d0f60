import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { SERVER_ROUTES } from './src/lib/server-routes';

export default defineConfig({
  plugins: [react()],
  // The shared libraries are read from their TypeScript sources.
  resolve: { conditions: ['source', 'module', 'browser', 'development|production'] },
  server: {
    proxy: Object.fromEntries(SERVER_ROUTES.map((path) => [path, 'http://localhost:3000'])),
  },
  build: { target: 'es2022', sourcemap: true },
});
