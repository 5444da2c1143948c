import { describe, expect, it } from 'vitest';
import { CastId } from '../../../shared/protocol/index.ts';
import { newCastId } from './castId.ts';

describe('cast ids', () => {
  it('uses randomUUID where the page has it', () => {
    expect(newCastId({ randomUUID: () => '0b6e1a52-6f7c-4d2a-9c1e-2f3a4b5c6d7e', getRandomValues: (a) => a })).toBe('0b6e1a52-6f7c-4d2a-9c1e-2f3a4b5c6d7e');
  });

  it('makes a version-4 UUID from getRandomValues on a plain http page, which the hub accepts', () => {
    const id = newCastId({ getRandomValues: <T extends ArrayBufferView | null>(array: T) => (new Uint8Array((array as unknown as Uint8Array).buffer).fill(0xff), array) });
    expect(id).toBe('ffffffff-ffff-4fff-bfff-ffffffffffff');
    expect(CastId.safeParse(id).success).toBe(true);
  });

  it('differs each time', () => {
    const ids = new Set(Array.from({ length: 100 }, () => newCastId({ getRandomValues: (a) => globalThis.crypto.getRandomValues(a) })));
    expect(ids.size).toBe(100);
  });
});
