// The layer rules of eslint.config.js, checked through ESLint's own API on small snippets placed in each layer.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** What a snippet at `file` must produce: `report` (a layer rule fires, with a message containing `because`) or `allow`. */
interface Row {
  file: string;
  code: string;
  expect: 'report' | 'allow';
  because?: string;
}

const SHARED = 'shared/domain/example.ts';
const SHARED_TEST = 'shared/domain/example.test.ts';
const RENDERER = 'renderer/src/pages/Example.tsx';
const RENDERER_TEST = 'renderer/src/pages/Example.test.tsx';
const MAIN = 'main/electron/example.ts';
const HUB = 'main/hub/example.ts';
const FEATURE = (name: string) => `renderer/features/${name}/Example.tsx`;
const FEATURE_TEST = (name: string) => `renderer/features/${name}/Example.test.tsx`;

const imp = (source: string) => `import * as m from '${source}';\nexport { m };\n`;

const rows: Row[] = [
  // shared/: no Node, Electron, React, server or client libraries, nothing above it.
  { file: SHARED, code: imp('node:fs'), expect: 'report', because: 'shared/ runs in the hub' },
  { file: SHARED, code: imp('node:sqlite'), expect: 'report', because: 'shared/ runs in the hub' },
  { file: SHARED, code: imp('fs'), expect: 'report', because: 'shared/ runs in the hub' },
  { file: SHARED, code: imp('fs/promises'), expect: 'report', because: 'shared/ runs in the hub' },
  { file: SHARED, code: imp('path'), expect: 'report', because: 'shared/ runs in the hub' },
  { file: SHARED, code: imp('crypto'), expect: 'report', because: 'shared/ runs in the hub' },
  { file: SHARED, code: imp('electron'), expect: 'report', because: 'shared/ runs in the hub' },
  { file: SHARED, code: imp('react'), expect: 'report', because: 'shared/ runs in the hub' },
  { file: SHARED, code: imp('react-dom/client'), expect: 'report', because: 'shared/ runs in the hub' },
  { file: SHARED, code: imp('better-sqlite3'), expect: 'report', because: 'shared/ runs in the hub' },
  { file: SHARED, code: imp('socket.io'), expect: 'report', because: 'shared/ runs in the hub' },
  { file: SHARED, code: imp('socket.io-client'), expect: 'report', because: 'shared/ runs in the hub' },
  { file: SHARED, code: imp('../../main/hub/api.ts'), expect: 'report', because: 'bottom layer' },
  { file: SHARED, code: imp('../../renderer/src/App.tsx'), expect: 'report', because: 'bottom layer' },
  {
    file: SHARED,
    code: "import type { HubOptions } from '../../main/hub/api.ts';\nexport type O = HubOptions;\n",
    expect: 'report',
    because: 'bottom layer',
  },
  { file: SHARED, code: "export * from '../../main/hub/api.ts';\n", expect: 'report', because: 'bottom layer' },
  { file: SHARED, code: 'export const w = window.innerWidth;\n', expect: 'report', because: 'no DOM' },
  { file: SHARED, code: "export const t = document.title;\n", expect: 'report', because: 'no DOM' },
  { file: SHARED, code: "export const k = localStorage.getItem('k');\n", expect: 'report', because: 'no DOM' },
  { file: SHARED, code: 'export const ua = navigator.userAgent;\n', expect: 'report', because: 'no DOM' },
  { file: SHARED, code: "export const r = fetch('/api');\n", expect: 'report', because: 'no DOM' },
  { file: SHARED, code: imp('zod'), expect: 'allow' },
  { file: SHARED, code: imp('../protocol/index.ts'), expect: 'allow' },
  { file: SHARED, code: imp('./agenda.ts'), expect: 'allow' },
  { file: SHARED, code: 'export const later = (f: () => void) => setTimeout(f, 10);\n', expect: 'allow' },
  // Tests of shared/ run in Node: fixtures may be read from disk, but the layers above stay off limits.
  { file: SHARED_TEST, code: imp('node:fs'), expect: 'allow' },
  { file: SHARED_TEST, code: imp('vitest'), expect: 'allow' },
  { file: SHARED_TEST, code: imp('../../main/hub/api.ts'), expect: 'report', because: 'bottom layer' },
  { file: SHARED_TEST, code: imp('react'), expect: 'report', because: 'shared/ runs in the hub' },

  // renderer/: a sandboxed web page.
  { file: RENDERER, code: imp('node:fs'), expect: 'report', because: 'renderer/ is a web page' },
  { file: RENDERER, code: imp('os'), expect: 'report', because: 'renderer/ is a web page' },
  { file: RENDERER, code: imp('child_process'), expect: 'report', because: 'renderer/ is a web page' },
  { file: RENDERER, code: imp('electron'), expect: 'report', because: 'renderer/ is a web page' },
  { file: RENDERER, code: imp('better-sqlite3'), expect: 'report', because: 'renderer/ is a web page' },
  { file: RENDERER, code: imp('socket.io'), expect: 'report', because: 'renderer/ is a web page' },
  { file: RENDERER, code: imp('../../../main/hub/api.ts'), expect: 'report', because: 'renderer/ may not import main/' },
  { file: RENDERER, code: imp('../../../main/electron/bridge-api.ts'), expect: 'report', because: 'renderer/ may not import main/' },
  { file: RENDERER, code: imp('socket.io-client'), expect: 'allow' },
  { file: RENDERER, code: imp('react'), expect: 'allow' },
  { file: RENDERER, code: imp('react-dom/client'), expect: 'allow' },
  { file: RENDERER, code: imp('../../../shared/protocol/index.ts'), expect: 'allow' },
  { file: RENDERER, code: imp('../main.tsx'), expect: 'allow' },
  { file: RENDERER, code: "export const k = localStorage.getItem('k') ?? document.title;\n", expect: 'allow' },
  { file: RENDERER_TEST, code: imp('node:fs'), expect: 'allow' },
  { file: RENDERER_TEST, code: imp('../../../main/hub/api.ts'), expect: 'report', because: 'renderer/ may not import main/' },

  // renderer/features/: screens import the shared folders, never each other; shared folders only those below them.
  { file: FEATURE('tablet'), code: imp('../viewer/DocumentPage.tsx'), expect: 'report', because: 'renderer/features/' },
  { file: FEATURE('tablet'), code: imp('../../features/viewer/DocumentPage.tsx'), expect: 'report', because: 'renderer/features/' },
  { file: FEATURE('viewer'), code: "import type { X } from '../tablet/x.ts';\nexport type Y = X;\n", expect: 'report', because: 'renderer/features/' },
  { file: FEATURE('tablet'), code: imp('../pdf/engine.ts'), expect: 'allow' },
  { file: FEATURE('tablet'), code: imp('../common/Loading.tsx'), expect: 'allow' },
  { file: FEATURE('tablet'), code: imp('../meeting/MeetingState.tsx'), expect: 'allow' },
  { file: FEATURE('tablet'), code: imp('./TabletBoard.tsx'), expect: 'allow' },
  { file: FEATURE('tablet'), code: imp('../../client/react.tsx'), expect: 'allow' },
  { file: FEATURE('tablet'), code: imp('../../platform/index.ts'), expect: 'allow' },
  { file: FEATURE('tablet'), code: imp('../../../shared/protocol/index.ts'), expect: 'allow' },
  { file: FEATURE('tablet'), code: imp('node:fs'), expect: 'report', because: 'renderer/ is a web page' },
  { file: FEATURE('shell'), code: imp('../signin/SessionBadge.tsx'), expect: 'allow' },
  { file: FEATURE('shell'), code: imp('../meeting/MeetingState.tsx'), expect: 'report', because: 'renderer/features/' },
  { file: FEATURE('shell'), code: imp('../console/ConsolePage.tsx'), expect: 'report', because: 'renderer/features/' },
  { file: FEATURE('common'), code: imp('../shell/ScreenFrame.tsx'), expect: 'report', because: 'renderer/features/' },
  { file: FEATURE('common'), code: imp('../../client/errors.ts'), expect: 'allow' },
  // A folder not declared yet counts as a screen.
  { file: FEATURE('votes'), code: imp('../console/ConsolePage.tsx'), expect: 'report', because: 'renderer/features/' },
  { file: FEATURE('votes'), code: imp('../meeting/MeetingState.tsx'), expect: 'allow' },
  { file: FEATURE_TEST('tablet'), code: imp('../viewer/DocumentPage.tsx'), expect: 'report', because: 'renderer/features/' },
  { file: FEATURE_TEST('tablet'), code: imp('node:fs'), expect: 'allow' },
  { file: FEATURE_TEST('tablet'), code: imp('../../../main/hub/api.ts'), expect: 'report', because: 'renderer/ may not import main/' },

  // main/: the hub and the Electron shell; anything but the web client's source.
  { file: MAIN, code: imp('../../renderer/src/App.tsx'), expect: 'report', because: 'main/ may not import renderer/' },
  { file: HUB, code: imp('../../renderer/src/i18n.ts'), expect: 'report', because: 'main/ may not import renderer/' },
  { file: MAIN, code: imp('node:fs'), expect: 'allow' },
  { file: MAIN, code: imp('electron'), expect: 'allow' },
  { file: HUB, code: imp('better-sqlite3'), expect: 'allow' },
  { file: HUB, code: imp('socket.io'), expect: 'allow' },
  { file: HUB, code: imp('../../shared/protocol/index.ts'), expect: 'allow' },
  // main/hub/: headless, below the desktop shell and the CLI that run it.
  { file: HUB, code: imp('electron'), expect: 'report', because: 'may not import electron' },
  { file: HUB, code: imp('electron/main'), expect: 'report', because: 'may not import electron' },
  { file: HUB, code: "import type { BrowserWindow } from 'electron';\nexport type W = BrowserWindow;\n", expect: 'report', because: 'may not import electron' },
  { file: HUB, code: imp('../electron/app.ts'), expect: 'report', because: 'may not import electron' },
  { file: 'main/hub/process/example.ts', code: imp('../../electron/bridge.ts'), expect: 'report', because: 'may not import electron' },
  { file: HUB, code: imp('../cli/program.ts'), expect: 'report', because: 'may not import electron' },
  { file: 'main/hub/example.test.ts', code: imp('electron'), expect: 'report', because: 'may not import electron' },
  { file: HUB, code: imp('./process/hub-runner.ts'), expect: 'allow' },
  { file: HUB, code: imp('electron-builder'), expect: 'allow' },
  { file: MAIN, code: imp('../hub/api.ts'), expect: 'allow' },
  { file: 'main/cli/example.ts', code: imp('../hub/process/hub-runner.ts'), expect: 'allow' },
];

const LAYER_RULES = new Set(['no-restricted-imports', 'no-restricted-globals']);

let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({
    cwd: root,
    // The snippets exist only in memory, so TypeScript's project service cannot see them: lint them without types.
    // The layer rules need none.
    overrideConfig: [{ files: ['**/*.{ts,tsx}'], ...tseslint.configs.disableTypeChecked }],
  });
});

async function lint(file: string, code: string) {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  if (!result) throw new Error(`ESLint returned no result for ${file}`);
  const fatal = result.messages.filter((m) => m.fatal);
  if (fatal.length > 0) throw new Error(`${file}: ${fatal.map((m) => m.message).join('; ')}`);
  return result.messages;
}

describe('layer rules (eslint.config.js)', () => {
  it.each(rows)('$file: $expect `$code`', async (row) => {
    const messages = await lint(row.file, row.code);
    const layer = messages.filter((m) => m.ruleId !== null && LAYER_RULES.has(m.ruleId));
    if (row.expect === 'allow') {
      expect(layer.map((m) => m.message)).toEqual([]);
    } else {
      expect(layer).toHaveLength(1);
      expect(layer[0]?.severity).toBe(2);
      expect(layer[0]?.message).toContain(row.because ?? '');
    }
  });

  it('declares every feature folder once, as shared or as a screen', async () => {
    const config = pathToFileURL(path.join(root, 'eslint.config.js')).href;
    const { SHARED_FEATURES, SCREEN_FEATURES } = (await import(config)) as { SHARED_FEATURES: string[]; SCREEN_FEATURES: string[] };
    const folders = readdirSync(path.join(root, 'renderer/features'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
    expect([...SHARED_FEATURES, ...SCREEN_FEATURES].sort()).toEqual(folders.sort());
  });

  it('forbids `any`', async () => {
    const messages = await lint(MAIN, 'export const a: any = 1;\n');
    expect(messages.map((m) => m.ruleId)).toContain('@typescript-eslint/no-explicit-any');
  });

  it('covers every Node built-in in shared/ and renderer/', async () => {
    const { builtinModules } = await import('node:module');
    for (const file of [SHARED, RENDERER]) {
      const code = builtinModules.map((name, i) => `import * as m${i} from '${name}';\nexport { m${i} };\n`).join('');
      const messages = await lint(file, code);
      const reported = messages.filter((m) => m.ruleId === 'no-restricted-imports').length;
      expect(reported, file).toBe(builtinModules.length);
    }
  });

  it('lints TypeScript with type information (the promise rules need it)', async () => {
    const plain = new ESLint({ cwd: root });
    const config = (await plain.calculateConfigForFile(path.join(root, 'main/hub/api.ts'))) as {
      rules: Record<string, unknown>;
    };
    expect(config.rules['@typescript-eslint/no-floating-promises']).toEqual([2]);
  });
});
