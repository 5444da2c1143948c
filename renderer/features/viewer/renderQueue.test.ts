import { describe, expect, it } from 'vitest';
import type { PdfTask } from '../pdf/types.ts';
import { RenderQueue, priority } from './renderQueue.ts';

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

/** A job that records when it starts and finishes when told. */
function recorder() {
  const started: string[] = [];
  const finishers = new Map<string, () => void>();
  const cancelled: string[] = [];
  const job = (name: string) => (): PdfTask => {
    started.push(name);
    return { promise: new Promise<void>((resolve) => finishers.set(name, resolve)), cancel: () => cancelled.push(name) };
  };
  const finish = async (name: string) => {
    finishers.get(name)!();
    await tick();
  };
  return { started, cancelled, job, finish };
}

describe('priority', () => {
  it.each([
    ['draw', 40, 40, 0],
    ['text', 40, 40, 1],
    ['draw', 41, 40, 2],
    ['draw', 39, 40, 2],
    ['text', 41, 40, 3],
    ['thumbnail', 40, 40, 1_000_000],
  ] as const)('%s of page %i with the reader on %i: %i', (kind, page, focus, rank) => {
    expect(priority(kind, page, focus)).toBe(rank);
  });
});

describe('RenderQueue', () => {
  it('draws the page asked for first, then its text, then the neighbours nearest first, one at a time', async () => {
    const queue = new RenderQueue();
    const { started, job, finish } = recorder();
    // A jump to page 40 mounts pages 38 to 42 at once, in page order.
    for (const page of [38, 39, 40, 41, 42]) queue.enqueue(page, 'draw', job(`draw ${page}`));
    queue.setFocus(40);
    await tick();
    expect(started).toEqual(['draw 40']);
    queue.enqueue(40, 'text', job('text 40'));
    await finish('draw 40');
    expect(started).toEqual(['draw 40', 'text 40']);
    await finish('text 40');
    expect(started.at(-1)).toBe('draw 39');
    await finish('draw 39');
    expect(started.at(-1)).toBe('draw 41');
  });

  it('drops a waiting job called off, and calls off a running one', async () => {
    const queue = new RenderQueue();
    const { started, cancelled, job, finish } = recorder();
    const running = queue.enqueue(1, 'draw', job('draw 1'));
    const waiting = queue.enqueue(2, 'draw', job('draw 2'));
    await tick();
    waiting.cancel();
    await expect(waiting.promise).rejects.toThrow('cancelled');
    const next = queue.enqueue(3, 'draw', job('draw 3'));
    running.cancel();
    expect(cancelled).toEqual(['draw 1']);
    await expect(running.promise).rejects.toThrow('cancelled');
    // The next job starts without waiting for the cancelled one to wind down.
    await tick();
    expect(started).toEqual(['draw 1', 'draw 3']);
    await finish('draw 1');
    await finish('draw 3');
    await next.promise;
  });

  it('is idle only after a first drawing, with nothing waiting', async () => {
    const queue = new RenderQueue();
    const { job, finish } = recorder();
    let idle = false;
    void queue.idle().then(() => (idle = true));
    queue.enqueue(0, 'draw', job('draw 0'));
    await tick();
    expect(idle).toBe(false);
    await finish('draw 0');
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(idle).toBe(true);
  });
});
