import { describe, expect, it } from 'vitest';
import { OPEN_AHEAD_MAX_BYTES, openedAhead } from './limits.ts';

const MB = 1024 * 1024;
const doc = (sha256: string, bytes: number) => ({ sha256, bytes });

describe('the documents of an item opened ahead', () => {
  it.each<[string, { sha256: string; bytes: number }[], string[]]>([
    ['none on the device', [], []],
    ['one', [doc('a', 2 * MB)], ['a']],
    ['the first two of three, in list order', [doc('a', MB), doc('b', MB), doc('c', MB)], ['a', 'b']],
    ['not one too large for a tablet to hold open for nothing', [doc('a', OPEN_AHEAD_MAX_BYTES + 1), doc('b', MB), doc('c', MB)], ['b', 'c']],
    ['one exactly at the limit', [doc('a', OPEN_AHEAD_MAX_BYTES)], ['a']],
    ['none when all are too large', [doc('a', 60 * MB), doc('b', 90 * MB)], []],
  ])('%s', (_, documents, opened) => {
    expect(openedAhead(documents)).toEqual(opened);
  });
});
