// The console's browser bundle: everything (DSFR styles, fonts, icons, the map) is bundled from
// node_modules into dist/console, so the page loads nothing from the internet.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const here = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: here,
  base: '/',
  plugins: [react()],
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('../dist/console', import.meta.url)),
    emptyOutDir: true,
    // The DSFR's icon and font files stay files: inlining hundreds of them would bloat the CSS.
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 2000,
  },
  server: { proxy: { '/graphql': process.env.GATEWAY_URL ?? 'http://127.0.0.1:4000', '/dev': `http://127.0.0.1:${process.env.CONSOLE_PORT ?? 4005}` } },
});
