/** How long the same decoded code is ignored after it was last seen. */
export const REPEAT_WINDOW_MS = 3_000;

/**
 * Drops repeats of a camera decode. The camera sees a badge held in front of it eight times a second:
 * the first decode goes through, and the same code is ignored while it keeps being seen, until it has
 * been out of sight for `windowMs` (each sighting restarts the window). Another code always goes through.
 */
export function createScanGate(windowMs = REPEAT_WINDOW_MS) {
  let last: { code: string; seenAt: number } | null = null;
  return {
    /** True when this decode should be sent. */
    accept(code: string, now: number): boolean {
      if (last && last.code === code && now - last.seenAt < windowMs) {
        last.seenAt = now;
        return false;
      }
      last = { code, seenAt: now };
      return true;
    },
    reset(): void {
      last = null;
    },
  };
}

export type ScanGate = ReturnType<typeof createScanGate>;
