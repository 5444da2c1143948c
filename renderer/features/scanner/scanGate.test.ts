import { describe, expect, it } from 'vitest';
import { createScanGate } from './scanGate.ts';

describe('duplicate camera decodes', () => {
  it('sends a code once while it stays in front of the camera, again once it was out of sight for 3 s', () => {
    const gate = createScanGate(3000);
    expect(gate.accept('A', 0)).toBe(true);
    // Eight frames a second for five seconds: all the same badge, none sent.
    for (let t = 125; t <= 5000; t += 125) expect(gate.accept('A', t)).toBe(false);
    expect(gate.accept('A', 7999)).toBe(false); // last seen at 5000: 2999 ms ago
    expect(gate.accept('A', 11_000)).toBe(true);
  });

  it('lets another code through at once, and the first again after it', () => {
    const gate = createScanGate(3000);
    expect(gate.accept('A', 0)).toBe(true);
    expect(gate.accept('B', 100)).toBe(true);
    expect(gate.accept('A', 200)).toBe(true);
    expect(gate.accept('A', 300)).toBe(false);
  });

  it('forgets after a reset (the camera was turned off and on)', () => {
    const gate = createScanGate(3000);
    expect(gate.accept('A', 0)).toBe(true);
    gate.reset();
    expect(gate.accept('A', 10)).toBe(true);
  });
});
