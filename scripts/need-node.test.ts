import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');
const { nodeProblem } = createRequire(import.meta.url)('./need-node.cjs') as { nodeProblem(version: string, execPath: string): string | null };
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  scripts: Record<string, string>;
  devDependencies: Record<string, string>;
  allowScripts: Record<string, boolean>;
};

/** The machine's own Node when it is older than 24 (Debian's is 20), to run the README's commands on it. */
function olderSystemNode(): string | null {
  const node = '/usr/bin/node';
  if (!existsSync(node)) return null;
  const major = Number(spawnSync(node, ['-p', 'process.versions.node.split(".")[0]'], { encoding: 'utf8' }).stdout);
  return major > 0 && major < 24 ? node : null;
}
const oldNode = olderSystemNode();
const oldNpm = oldNode && existsSync('/usr/bin/npm') ? '/usr/bin/npm' : null;

describe('Node older than 24', () => {
  it.each([
    ['v20.20.2', false],
    ['v18.19.0', false],
    ['v22.12.0', false],
    ['v24.0.0', true],
    ['v25.2.1', true],
  ])('%s is enough: %s', (version, enough) => {
    const problem = nodeProblem(version, '/usr/bin/node');
    expect(problem === null).toBe(enough);
    if (problem) {
      // One line that says what runs now and what to do.
      expect(problem).not.toContain('\n');
      expect(problem).toContain(version);
      expect(problem).toMatch(/Node 24/);
      expect(problem).toContain('npm ci');
    }
  });

  it('the npm scripts people run check it first, and `npm ci` brings Node 24 in for them', () => {
    for (const name of ['start', 'serve', 'cli', 'dev', 'test']) expect(pkg.scripts[name], name).toMatch(/^node scripts\/need-node\.cjs && /);
    expect(pkg.devDependencies.node).toMatch(/^\^?24\./);
    // npm 11 runs the `node` package's install script (which fetches the binary) only when allowed.
    expect(pkg.allowScripts.node).toBe(true);
  });

  it.skipIf(!oldNode)('the guard stops this machine’s older Node with one line', () => {
    const run = spawnSync(oldNode!, [path.join(root, 'scripts/need-node.cjs')], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });

  it.skipIf(!oldNpm || !existsSync(path.join(root, 'node_modules/.bin/node')))(
    'an npm script runs on Node 24 where the machine’s node is older (it died with ERR_UNKNOWN_FILE_EXTENSION)',
    () => {
      const env: NodeJS.ProcessEnv = { ...process.env, PATH: '/usr/bin:/bin' };
      delete env.npm_execpath;
      delete env.npm_node_execpath;
      const run = spawnSync(oldNpm!, ['run', '--silent', 'cli', '--', '--version'], { cwd: root, env, encoding: 'utf8', timeout: 60_000 });
      expect(run.stderr).not.toContain('ERR_UNKNOWN_FILE_EXTENSION');
      expect(run.status).toBe(0);
      expect(run.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    },
    60_000,
  );
});
