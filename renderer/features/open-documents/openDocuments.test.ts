import { describe, expect, it } from 'vitest';
import type { PdfDocument, PdfLoading } from '../pdf/types.ts';
import { OpenDocuments, readerKey } from './openDocuments.ts';

/** A pdf.js opening that resolves (or fails) at once, and counts its destroy(). */
function opening(fails = false): PdfLoading & { destroyed: number } {
  const doc: PdfDocument = { numPages: 1, getPage: () => Promise.reject(new Error('unused')) };
  const loading = {
    destroyed: 0,
    promise: fails ? Promise.reject(new Error('damaged')) : Promise.resolve(doc),
    destroy: async () => void loading.destroyed++,
  };
  loading.promise.catch(() => undefined);
  return loading;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('OpenDocuments', () => {
  it('hands a document it holds open again to the same reader, without opening it anew', async () => {
    const open = new OpenDocuments(2);
    const a = opening();
    open.add('r', 'a', a, 'device').release();
    const again = open.take('r', 'a');
    expect(again?.reused).toBe(true);
    expect(again?.source).toBe('device');
    expect(await again!.promise).toBe(await a.promise);
    expect(a.destroyed).toBe(0);
  });

  it('lets a screen see a document opened whole at once (peek), for its reader only, without holding it', async () => {
    const open = new OpenDocuments(0);
    const a = opening();
    const held = open.add('r', 'a', a, 'hub');
    expect(open.peek('r', 'a')).toBeNull(); // not opened yet
    const pdf = await held.promise;
    held.opened(pdf, { width: 800, height: 600 });
    expect(open.peek('r', 'a')).toEqual({ pdf, firstSize: { width: 800, height: 600 }, source: 'hub' });
    expect(open.peek('someone else', 'a')).toBeNull();
    held.release();
    expect(open.peek('r', 'a')).toBeNull(); // capacity 0: closed once nobody shows it
    expect(a.destroyed).toBe(1);
  });

  it('keeps the last `capacity` documents once nobody shows them, closing the least recently shown', () => {
    const open = new OpenDocuments(2);
    const [a, b, c] = [opening(), opening(), opening()];
    open.add('r', 'a', a, 'device').release();
    open.add('r', 'b', b, 'device').release();
    open.take('r', 'a')!.release(); // a shown again: b is now the oldest
    open.add('r', 'c', c, 'hub').release();
    expect([a.destroyed, b.destroyed, c.destroyed]).toEqual([0, 1, 0]);
    expect(open.take('r', 'b')).toBeNull();
    expect(open.size).toBe(2);
  });

  it('never closes a document a screen still shows, whatever the capacity', () => {
    const open = new OpenDocuments(0);
    const a = opening();
    const shown = open.add('r', 'a', a, 'device');
    expect(a.destroyed).toBe(0);
    shown.release();
    shown.release(); // twice is once
    expect(a.destroyed).toBe(1);
  });

  it('gives another reader nothing of the last one and closes what she had open', () => {
    const open = new OpenDocuments(3);
    const a = opening();
    open.add('delegate:d1:m', 'a', a, 'device').release();
    expect(open.take('delegate:d2:m', 'a')).toBeNull();
    expect(a.destroyed).toBe(1);
    expect(open.size).toBe(0);
  });

  it('does not keep a document pdf.js could not open: the next try opens it anew', async () => {
    const open = new OpenDocuments(3);
    const bad = opening(true);
    const held = open.add('r', 'a', bad, 'device');
    await expect(held.promise).rejects.toThrow('damaged');
    await settle();
    expect(open.take('r', 'a')).toBeNull();
    held.release();
    expect(bad.destroyed).toBe(1);
  });

  it('keeps the first of two openings of one document made at once, and closes the second', () => {
    const open = new OpenDocuments(3);
    const [first, second] = [opening(), opening()];
    const one = open.add('r', 'a', first, 'device');
    const two = open.add('r', 'a', second, 'device');
    expect(two.reused).toBe(true);
    expect(second.destroyed).toBe(1);
    one.release();
    two.release();
    expect(first.destroyed).toBe(0);
  });

  it.each([
    [null, ''],
    [{ token: 't', role: 'delegate' as const, delegateId: 'd1', meetingId: 'm1', expiresAt: '' }, 'delegate:d1:m1'],
    [{ token: 't', role: 'chair' as const, delegateId: null, meetingId: null, expiresAt: '' }, 'chair::'],
  ])('names the reader of session %o as %s', (session, key) => {
    expect(readerKey(session)).toBe(key);
  });
});
