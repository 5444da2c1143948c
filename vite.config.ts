import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The renderer is built once into dist/renderer and served by the hub (and loaded by Electron from the hub).
export default defineConfig({
  root: 'renderer',
  base: '/',
  publicDir: false,
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 2000,
  },
  server: {
    port: 5173,
    strictPort: true,
    // `npm run dev`: the hub runs on 4010; the dev server forwards the API and the socket to it.
    proxy: {
      '/api': 'http://127.0.0.1:4010',
      '/socket.io': { target: 'http://127.0.0.1:4010', ws: true },
    },
  },
});
