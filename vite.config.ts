import { cpSync, createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';

/**
 * pdf.js fetches some files by name at run time (standard fonts, CMaps, an ICC profile, image decoders), so they
 * cannot be bundled: they are copied as they are to /assets/pdfjs-<version>/ (renderer/features/pdf/pdfjs.ts
 * points pdf.js there), where the hub serves them like every other asset. The dev server serves them from
 * node_modules under the same path.
 */
function pdfjsAssets(): Plugin {
  const root = dirname(fileURLToPath(import.meta.resolve('pdfjs-dist/package.json')));
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
  const folders = ['standard_fonts', 'cmaps', 'iccs', 'wasm'];
  const prefix = `/assets/pdfjs-${version}/`;
  return {
    name: 'roundtable:pdfjs-assets',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = decodeURIComponent((req.url ?? '').split('?')[0] ?? '');
        if (!path.startsWith(prefix)) return next();
        const file = normalize(join(root, path.slice(prefix.length)));
        if (!folders.some((folder) => file.startsWith(join(root, folder) + sep)) || !existsSync(file) || !statSync(file).isFile()) return next();
        res.setHeader('Content-Type', file.endsWith('.wasm') ? 'application/wasm' : file.endsWith('.js') ? 'text/javascript' : 'application/octet-stream');
        createReadStream(file).pipe(res);
      });
    },
    writeBundle(options) {
      for (const folder of folders) cpSync(join(root, folder), join(options.dir ?? 'dist/renderer', prefix, folder), { recursive: true });
    },
  };
}

/**
 * The app shell a tablet keeps (renderer/sw.ts, Workbox): every built file, pdf.js's worker and the files it fetches
 * by name included, so a tablet reloaded or started with the hub unreachable still opens its meeting. Registered by
 * the page (renderer/app/appShell.ts), never by a script the plugin injects; no web app manifest (nobody installs
 * the room's client as an app).
 */
const appShell = VitePWA({
  strategies: 'injectManifest',
  srcDir: '.',
  filename: 'sw.ts',
  injectRegister: false,
  manifest: false,
  injectManifest: {
    globPatterns: ['**/*.{html,js,mjs,css,ttf,woff2,wasm,bcmap,pfb,icc}'],
    // The app's script and pdf.js's worker are over Workbox's 2 MB default; the biggest file is about 1.3 MB.
    maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
  },
  devOptions: { enabled: false },
});

// The renderer is built once into dist/renderer and served by the hub (and loaded by Electron from the hub).
export default defineConfig({
  root: 'renderer',
  base: '/',
  publicDir: false,
  plugins: [react(), pdfjsAssets(), appShell],
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
