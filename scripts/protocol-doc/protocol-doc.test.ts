import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMAND_NAMES, ERROR_CODES, PUSH_NAMES } from '../../shared/protocol/index.ts';
import { withReference } from './render.ts';

const doc = readFileSync(join(import.meta.dirname, '../../docs/protocol.md'), 'utf8');

describe('docs/protocol.md', () => {
  it('is up to date with the declarations (run `npm run docs:protocol` after changing shared/protocol)', () => {
    expect(doc).toBe(withReference(doc));
  });

  it.each([...COMMAND_NAMES, ...PUSH_NAMES])('documents the event %s', (name) => {
    expect(doc).toContain(`### \`${name}\``);
  });

  it.each([...ERROR_CODES])('documents the error code %s', (code) => {
    expect(doc).toContain(`| \`${code}\` |`);
  });

  it('documents no event the code does not declare', () => {
    const documented = [...doc.matchAll(/^### `([a-zA-Z.]+)`$/gm)].map((m) => m[1]);
    expect(documented.sort()).toEqual([...COMMAND_NAMES, ...PUSH_NAMES].sort());
  });
});
