// `npm run build:electron`: bundles the Electron main process, the bridge script and the hub's utility process into
// dist/electron/*.cjs with esbuild. Every package in `dependencies` stays external: electron-builder ships
// node_modules with the app, and native or worker-spawning packages (better-sqlite3, pino, pdf.js) must load
// from there.
//
// The hub's source finds its files relative to itself (`import.meta.url`: the app root, resources/, its PDF
// worker). A CommonJS bundle has no import.meta, so the `sourceLayout` plugin rewrites each module's
// import.meta to what it would be in the source tree, relative to the bundle (dist/electron is two levels under
// the app root, in the checkout as in the packaged app), and turns `new URL('./x-worker.ts', import.meta.url)`
// into a reference to that worker, bundled beside it as dist/electron/<name>.cjs.
import { readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type BuildOptions, type Plugin } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** Must stay two levels under the root: the bundles find the app root as `__dirname/../..`. */
const defaultOutdir = path.join(root, 'dist', 'electron');

/** Defines the helpers the rewritten import.meta uses; __dirname is dist/electron. */
const LAYOUT_BANNER = [
  '"use strict";',
  'var __rtPath = require("node:path"), __rtUrl = require("node:url");',
  'var __rtSourcePath = (rel) => __rtPath.join(__dirname, "..", "..", rel);',
  'var __rtSourceUrl = (rel) => __rtUrl.pathToFileURL(__rtSourcePath(rel)).href;',
  'var __rtBundleUrl = (name) => __rtUrl.pathToFileURL(__rtPath.join(__dirname, name)).href;',
].join('\n');

const WORKER_URL = /new URL\(\s*(['"])(\.{1,2}\/[^'"]+?\.(?:ts|mts|js|mjs))\1\s*,\s*import\.meta\.url\s*\)/g;

/** The bundle name of a worker source file: main/hub/pdf/inspect-worker.ts → inspect-worker.cjs. */
export function workerBundleName(sourceRel: string): string {
  return `${path.basename(sourceRel).replace(/\.[mc]?[jt]s$/, '')}.cjs`;
}

/**
 * Rewrites `import.meta` in the module at `rel` (a path relative to the app root, with forward slashes).
 * Returns the code and the workers it references (paths relative to the root).
 */
export function rewriteImportMeta(code: string, rel: string): { code: string; workers: string[] } {
  const workers: string[] = [];
  const dir = path.posix.dirname(rel);
  let out = code.replace(WORKER_URL, (_match, _quote: string, target: string) => {
    const workerRel = path.posix.normalize(path.posix.join(dir, target));
    workers.push(workerRel);
    return `new URL(__rtBundleUrl(${JSON.stringify(workerBundleName(workerRel))}))`;
  });
  out = out
    .replace(/\bimport\.meta\.url\b/g, `__rtSourceUrl(${JSON.stringify(rel)})`)
    .replace(/\bimport\.meta\.filename\b/g, `__rtSourcePath(${JSON.stringify(rel)})`)
    .replace(/\bimport\.meta\.dirname\b/g, `__rtSourcePath(${JSON.stringify(dir)})`)
    // A bundled module is never the program's entry in the source sense (serve.ts's CLI must not start).
    .replace(/\bimport\.meta\.main\b/g, 'false');
  return { code: out, workers };
}

function sourceLayout(workers: Set<string>): Plugin {
  return {
    name: 'source-layout',
    setup(b) {
      b.onLoad({ filter: /\.[mc]?tsx?$/ }, (args) => {
        if (args.path.includes(`${path.sep}node_modules${path.sep}`)) return undefined;
        const source = readFileSync(args.path, 'utf8');
        if (!source.includes('import.meta')) return undefined;
        const rel = path.relative(root, args.path).split(path.sep).join('/');
        const result = rewriteImportMeta(source, rel);
        for (const worker of result.workers) workers.add(worker);
        return { contents: result.code, loader: args.path.endsWith('x') ? 'tsx' : 'ts' };
      });
    },
  };
}

function externals(): string[] {
  const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
  const names = Object.keys(pkg.dependencies ?? {});
  // The package and its subpaths (`pdfjs-dist/legacy/build/pdf.mjs`).
  return ['electron', ...names, ...names.map((name) => `${name}/*`)];
}

const common: BuildOptions = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  target: 'node22',
  format: 'cjs',
  outExtension: { '.js': '.cjs' },
  sourcemap: 'linked',
  logLevel: 'warning',
  legalComments: 'none',
};

/** Builds every bundle into `outdir` (emptied first); returns the file names. */
export async function buildElectron(outdir = defaultOutdir): Promise<string[]> {
  if (path.dirname(path.dirname(outdir)) !== root) throw new Error(`${outdir} must be two levels under ${root}`);
  rmSync(outdir, { recursive: true, force: true });
  const workers = new Set<string>();
  const external = externals();

  // The main process and the hub: Node, with the source-layout rewrite.
  await build({
    ...common,
    outdir,
    entryPoints: { main: 'main/electron/main.ts', 'hub-process': 'main/electron/hub-process.ts' },
    external,
    banner: { js: LAYOUT_BANNER },
    plugins: [sourceLayout(workers)],
  });

  // Workers the hub starts, bundled the same way (and the workers they start, until there are no new ones).
  const built = new Set<string>();
  while ([...workers].some((w) => !built.has(w))) {
    const batch = [...workers].filter((w) => !built.has(w));
    for (const w of batch) built.add(w);
    await build({
      ...common,
    outdir,
      entryPoints: Object.fromEntries(batch.map((w) => [workerBundleName(w).replace(/\.cjs$/, ''), w])),
      external,
      banner: { js: LAYOUT_BANNER },
      plugins: [sourceLayout(workers)],
    });
  }

  // The bridge script runs sandboxed: it may require only `electron` (and a few shims), so everything else is inlined
  // and there is no banner (no node:path in there).
  await build({
    ...common,
    outdir,
    entryPoints: { bridge: 'main/electron/bridge.ts' },
    external: ['electron'],
    platform: 'browser',
    target: 'chrome130',
  });

  return ['main.cjs', 'bridge.cjs', 'hub-process.cjs', ...[...built].map(workerBundleName)];
}

if (import.meta.main) {
  const started = Date.now();
  const files = await buildElectron();
  const sizes = files.map((f) => `${f} ${Math.round(statSync(path.join(defaultOutdir, f)).size / 1024)} kB`);
  console.log(`dist/electron: ${sizes.join(', ')} (${Date.now() - started} ms)`);
}
