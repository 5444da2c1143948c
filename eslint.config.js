// ESLint flat config: the code rules for every layer, and the layer rules that keep each layer's imports honest.
// The layer rules are tested in scripts/lint-layers.test.ts: add a row there when you change one here.
import { builtinModules } from 'node:module';
import { defineConfig } from 'eslint/config';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const TS = ['**/*.ts', '**/*.tsx', '**/*.mts', '**/*.cts'];
const TESTS = ['**/*.test.ts', '**/*.test.tsx'];

// ---- Import restrictions, one list per concern, each with the reason a reader sees in the report ----

/** `fs`, `fs/promises`, `path`, ... and every `node:` specifier (some, like `node:sqlite`, exist only with the prefix). */
function nodeBuiltins(why) {
  const names = builtinModules.filter((name) => !name.startsWith('node:'));
  return {
    paths: names.map((name) => ({ name, message: why })),
    patterns: [{ regex: '^node:', message: why }],
  };
}

function packages(names, why) {
  return {
    // The exact name and its subpaths (`react-dom/client`), never a look-alike (`socket.io` must not catch `socket.io-client`).
    paths: names.map((name) => ({ name, message: why })),
    patterns: [{ regex: `^(${names.map(escapeRegex).join('|')})/`, message: why }],
  };
}

/**
 * Imports that climb out of the current layer into a top-level folder (`../main/hub/x.ts`, `../../renderer/y.tsx`).
 * Imports are relative in this repo (no path aliases), so climbing `../` then naming the folder is how a crossing looks.
 */
function folders(names, why) {
  return {
    paths: [],
    patterns: [{ regex: `^(\\.\\./)+(${names.join('|')})(/|$)`, message: why }],
  };
}

function restrictedImports(...parts) {
  return [
    'error',
    {
      paths: parts.flatMap((part) => part.paths),
      patterns: parts.flatMap((part) => part.patterns),
    },
  ];
}

function escapeRegex(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const SHARED_RUNS_EVERYWHERE =
  'shared/ runs in the hub, the Electron main process and the browser: keep it free of Node, Electron, React and server libraries (pass what you need in as parameters).';
const SHARED_IS_THE_BOTTOM =
  'shared/ is the bottom layer: it may not depend on main/ or renderer/ (move the code you need down into shared/ instead).';
const RENDERER_IS_A_WEB_PAGE =
  'renderer/ is a web page served by the hub to tablets and browsers, sandboxed in Electron: no Node, Electron or server-side modules (ask the hub over the socket, or use window.roundtable from the desktop app’s bridge).';
const RENDERER_NOT_MAIN =
  'renderer/ may not import main/: the web client talks to the hub only through the protocol in shared/.';
const MAIN_NOT_RENDERER =
  'main/ may not import renderer/: the hub and the Electron shell serve the built web client, they do not compile it (share code through shared/).';

const sharedImports = restrictedImports(
  nodeBuiltins(SHARED_RUNS_EVERYWHERE),
  packages(['electron', 'react', 'react-dom', 'better-sqlite3', 'socket.io', 'socket.io-client'], SHARED_RUNS_EVERYWHERE),
  folders(['main', 'renderer'], SHARED_IS_THE_BOTTOM),
);
// Tests of shared/ and renderer/ run in Node under Vitest, so they may read fixtures with node:fs and the like.
const sharedTestImports = restrictedImports(
  packages(['electron', 'react', 'react-dom', 'better-sqlite3', 'socket.io', 'socket.io-client'], SHARED_RUNS_EVERYWHERE),
  folders(['main', 'renderer'], SHARED_IS_THE_BOTTOM),
);
const rendererParts = [
  nodeBuiltins(RENDERER_IS_A_WEB_PAGE),
  packages(['electron', 'better-sqlite3', 'socket.io'], RENDERER_IS_A_WEB_PAGE),
  folders(['main'], RENDERER_NOT_MAIN),
];
const rendererTestParts = [packages(['electron', 'better-sqlite3', 'socket.io'], RENDERER_IS_A_WEB_PAGE), folders(['main'], RENDERER_NOT_MAIN)];
const rendererImports = restrictedImports(...rendererParts);
const rendererTestImports = restrictedImports(...rendererTestParts);

// ---- The web client's feature folders (renderer/features/<name>/) ----

/**
 * Folders several screens build on, declared shared, bottom first: each may import the ones listed before it and
 * none after it, so no two can import each other in a circle. Put a new shared folder just above what it imports.
 */
export const SHARED_FEATURES = [
  'common',
  'connection',
  'scanner',
  'pdf',
  'agenda',
  'documents',
  'delegates',
  'preload',
  'open-documents',
  'preload-status',
  'staff-access',
  'signin',
  'shell',
  'pairing',
  'meeting',
  'follow-chair',
  'votes',
  'ballot',
  'vote-control',
  'paper-votes',
  'speakers',
  'seat-map',
  'app-shell',
  'annotations',
];
/** One folder per screen: each may import every shared folder, never another screen's folder. A folder in neither list is treated as a screen. */
export const SCREEN_FEATURES = ['home', 'console', 'tablet', 'projector', 'secretariat', 'checkin', 'viewer', 'desktop-setup'];

const FEATURES_APART =
  'renderer/features/: a screen’s folder imports common/, the shared folders (SHARED_FEATURES in eslint.config.js), the client and the platform port, never another screen’s folder; a shared folder imports only the shared folders listed before it. Move what two folders need into a shared folder.';

/** From renderer/features/<name>/<file>: a sibling folder (`../x/…`, or climbing back down through features/) other than `allowed`. */
function featureFolders(allowed) {
  const except = allowed.length > 0 ? `(?!(${allowed.map(escapeRegex).join('|')})/)` : '';
  return {
    paths: [],
    patterns: [{ regex: `^(\\.\\./|(\\.\\./){2,}features/)${except}[^./][^/]*/`, message: FEATURES_APART }],
  };
}

/** The import rules of each feature folder: the renderer's own, and which sibling folders it may reach. */
function featureRules() {
  const rules = (glob, allowed) => [
    { files: [`renderer/features/${glob}/**`], rules: { 'no-restricted-imports': restrictedImports(...rendererParts, featureFolders(allowed)) } },
    {
      files: TESTS.map((test) => `renderer/features/${glob}/${test}`),
      rules: { 'no-restricted-imports': restrictedImports(...rendererTestParts, featureFolders(allowed)) },
    },
  ];
  return [
    // Any folder, a new one too, as a screen; the declared shared ones below narrow it.
    ...rules('*', SHARED_FEATURES),
    ...SHARED_FEATURES.flatMap((name, i) => rules(name, SHARED_FEATURES.slice(0, i))),
  ];
}
const HUB_RUNS_HEADLESS =
  'main/hub/ runs headless on a room server as well as inside the desktop app: it may not import electron, the desktop shell (main/electron/) or the CLI (main/cli/), which sit above it and run it.';

const mainImports = restrictedImports(folders(['renderer'], MAIN_NOT_RENDERER));
// The hub's own list repeats main/'s: a later block's options replace an earlier block's, they do not add up.
const hubImports = restrictedImports(
  folders(['renderer'], MAIN_NOT_RENDERER),
  packages(['electron'], HUB_RUNS_HEADLESS),
  folders(['electron', 'cli'], HUB_RUNS_HEADLESS),
);

const SHARED_NO_DOM =
  'shared/ also runs in the hub (Node), where there is no DOM: take what you need as a parameter.';
const sharedGlobals = [
  'error',
  ...[
    'window',
    'document',
    'localStorage',
    'sessionStorage',
    'navigator',
    'location',
    'history',
    'fetch',
    'XMLHttpRequest',
    'WebSocket',
    'alert',
    'confirm',
    'prompt',
    'self',
  ].map((name) => ({ name, message: SHARED_NO_DOM })),
];

export default defineConfig(
  {
    ignores: [
      'dist/**',
      'release/**',
      '**/node_modules/**',
      'coverage/**',
      'test-results/**',
      // Hidden files and folders (.ci/cache, .data, someone's scratch .check-x.ts): TypeScript's include skips them too.
      '**/.*',
      '**/.*/',
    ],
  },
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: TS,
    languageOptions: {
      parserOptions: {
        // Typed linting, for the promise rules below. It costs one TypeScript program per lint run.
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
    },
  },
  // Which globals exist where.
  {
    files: ['**/*.{js,mjs,cjs,ts,mts,cts}'],
    ignores: ['renderer/**', 'shared/**'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
  },
  // ---- Layers ----
  {
    files: ['shared/**'],
    rules: {
      'no-restricted-imports': sharedImports,
      'no-restricted-globals': sharedGlobals,
    },
  },
  {
    files: TESTS.map((glob) => `shared/${glob}`),
    rules: { 'no-restricted-imports': sharedTestImports },
  },
  {
    files: ['renderer/**'],
    rules: { 'no-restricted-imports': rendererImports },
  },
  {
    files: TESTS.map((glob) => `renderer/${glob}`),
    rules: { 'no-restricted-imports': rendererTestImports },
  },
  ...featureRules(),
  {
    files: ['main/**'],
    rules: { 'no-restricted-imports': mainImports },
  },
  {
    files: ['main/hub/**'],
    rules: { 'no-restricted-imports': hubImports },
  },
  // React, in the web client only.
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat.recommended,
  },
);
