// No import circles: none between files, none between the areas of the code (a layer of main/, a part of shared/,
// a folder of the web client), and the hub's commands are reached only by what runs them.
import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importCircles, importGraph, knots } from './import-graph.ts';

const root = resolve(import.meta.dirname, '..');
const graph = importGraph(root, ['main', 'shared', 'renderer']);

/**
 * An area: `main/hub`, `main/cli`, `main/electron`, `shared/protocol`, `shared/domain`, `renderer/client`,
 * `renderer/i18n`, and each feature folder `renderer/features/<name>`.
 */
function areaOf(file: string): string {
  const parts = file.split('/');
  if (parts[0] === 'renderer' && parts[1] === 'features' && parts.length > 3) return parts.slice(0, 3).join('/');
  return parts.length > 2 ? parts.slice(0, 2).join('/') : dirname(file);
}

function areaGraph(): Map<string, string[]> {
  const areas = new Map<string, Set<string>>();
  for (const [file, targets] of graph) {
    const from = areaOf(file);
    const edges = areas.get(from) ?? new Set<string>();
    for (const target of targets) if (areaOf(target) !== from) edges.add(areaOf(target));
    areas.set(from, edges);
  }
  return new Map([...areas].map(([area, edges]) => [area, [...edges]]));
}


describe('import circles', () => {
  it('reads the whole project', () => {
    expect(graph.size).toBeGreaterThan(200);
    expect(graph.get('main/hub/pipeline.ts')).toContain('main/hub/commands/context.ts');
  });

  it('finds a circle when there is one (the check can fail)', () => {
    const knotted = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts']],
      ['c.ts', ['a.ts', 'd.ts']],
      ['d.ts', []],
      ['e.ts', ['e.ts']],
    ]);
    expect(importCircles(knotted)).toEqual([
      ['a.ts', 'b.ts', 'c.ts', 'a.ts'],
      ['e.ts', 'e.ts'],
    ]);
  });

  it('has none between files in main/, shared/ and renderer/', () => {
    expect(importCircles(graph).map((circle) => circle.join(' → '))).toEqual([]);
  });

  it('has none between areas (main/hub, main/cli, main/electron, shared/protocol, shared/domain, renderer folders)', () => {
    expect(knots(areaGraph())).toEqual([]);
  });

  it("reaches the hub's commands only from what runs them: the pipeline and the hub's assembly", () => {
    const reaching = [...graph]
      .filter(([file]) => !file.startsWith('main/hub/commands/'))
      .filter(([, targets]) => targets.some((target) => target.startsWith('main/hub/commands/')))
      .map(([file]) => file);
    expect(reaching.sort()).toEqual(['main/hub/core.ts', 'main/hub/pipeline.ts']);
  });
});
