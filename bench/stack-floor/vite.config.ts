import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

// Built and precached the way the app is (see the repository's vite.config.ts), with nothing else.
export default defineConfig({
  root: import.meta.dirname,
  logLevel: 'warn',
  plugins: [
    react(),
    VitePWA({
      injectRegister: false,
      manifest: false,
      workbox: { globPatterns: ['**/*.{js,html}'], navigateFallback: '/index.html' },
    }),
  ],
});
