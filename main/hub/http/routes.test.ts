import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { METHODS } from './guard.ts';
import { matchRoute, pathMatcher } from './router.ts';
import { ROUTES } from './routes.ts';

/** The first cell of each row of docs/protocol.md's HTTP route table, e.g. "`GET /api/documents/<sha256>` (and `HEAD`)". */
function documentedRoutes(): string[] {
  const doc = readFileSync(join(import.meta.dirname, '../../../docs/protocol.md'), 'utf8');
  const section = doc.slice(doc.indexOf('\n## HTTP\n'), doc.indexOf('\n## ', doc.indexOf('\n## HTTP\n') + 1));
  const header = section.indexOf('| method and path |');
  expect(header, 'docs/protocol.md has an HTTP route table').toBeGreaterThan(0);
  const rows = section.slice(header).split('\n').slice(2);
  const cells = rows.slice(0, rows.findIndex((line) => !line.startsWith('|'))).map((line) => line.split(' | ')[0]!.replace(/^\|\s*/, ''));
  return cells.flatMap((cell) => {
    const spans = [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);
    const [method, path] = (spans[0] ?? '').split(' ');
    const more = spans.slice(1).filter((s) => (METHODS as readonly string[]).includes(s));
    return [method!, ...more].map((m) => `${m} ${path!.split('?')[0]}`);
  });
}

const declared = () => ROUTES.flatMap((route) => route.methods.map((method) => `${method} ${route.path}`));

describe('the route table', () => {
  it('is the table docs/protocol.md lists, route for route and method for method', () => {
    expect([...documentedRoutes()].sort()).toEqual([...declared()].sort());
  });

  it('declares each method and path once', () => {
    expect(new Set(declared()).size).toBe(declared().length);
  });

  it('finds the route of each path, with its named segments', () => {
    const sha = 'a'.repeat(64);
    expect(matchRoute('GET', '/api/health')?.route.path).toBe('/api/health');
    expect(matchRoute('HEAD', `/api/documents/${sha}`)).toMatchObject({ route: { path: '/api/documents/<sha256>' }, params: { sha256: sha } });
    expect(matchRoute('GET', '/api/meetings/m-1/delegates/d_2/badge.png')?.params).toEqual({ id: 'm-1', delegateId: 'd_2' });
    expect(matchRoute('POST', '/api/meetings/m1/delegates/preview')?.route.path).toBe('/api/meetings/<id>/delegates/preview');
    // Another name for a document still reaches its route, whose path check refuses it before the caller is asked.
    expect(matchRoute('GET', `/api/documents/${sha.toUpperCase()}`)?.route.checkPath?.({ sha256: sha.toUpperCase() })).toMatchObject({ code: 'not_found' });
    expect(matchRoute('GET', `/api/documents/${sha}`)?.route.checkPath?.({ sha256: sha })).toBeNull();
  });

  it('leaves unknown API paths, other methods and bad segments to the router’s 404 and 400', () => {
    expect(matchRoute('POST', '/api/health')).toBeNull();
    expect(matchRoute('HEAD', '/api/meetings/m1/badges.pdf')).toBeNull();
    expect(matchRoute('GET', '/api/meetings/m.1/badges.pdf')).toBeNull();
    expect(matchRoute('GET', '/api/documents/a/b')).toBeNull();
    expect(matchRoute('GET', '/api/nothing')).toBeNull();
    expect(matchRoute('GET', '/api/')).toBeNull();
    expect(matchRoute('POST', '/console')).toBeNull();
  });

  it('serves the web client on every other GET or HEAD outside /api/', () => {
    for (const path of ['/', '/console/demo', '/assets/app.js', '/api']) expect(matchRoute('GET', path)?.route.outsideApi, path).toBe(true);
    expect(matchRoute('HEAD', '/tablet/m1')?.route.outsideApi).toBe(true);
  });

  it('refuses a table naming a segment the router does not know', () => {
    expect(() => pathMatcher({ path: '/api/things/<thing>' })).toThrow(/<thing>/);
  });
});
