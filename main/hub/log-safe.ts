// Keeping the log small whatever clients send: client text is clipped before it is logged, every string of a log
// line is clipped again by the logger itself (so a forgotten field cannot fill the disk), and a client that
// repeats itself is logged a few times, then summarised.

/** Client-provided text (event names, paths, device names, messages derived from input) in a log line. */
export const CLIENT_TEXT_MAX = 120;
/** Any string of any log line, as a last resort. */
export const LOG_STRING_MAX = 2000;
/** A hub bug's stack. */
export const STACK_MAX = 4000;

/** `text` cut to `max` characters, saying how much was left out. */
export function clip(text: unknown, max = CLIENT_TEXT_MAX): string {
  const s = typeof text === 'string' ? text : String(text);
  return s.length <= max ? s : `${s.slice(0, max)}…(+${s.length - max} chars)`;
}

const MAX_DEPTH = 4;
const MAX_KEYS = 50;

/** A copy of a log line's fields with every string clipped, bounded in depth and width (pino's `formatters.log`). */
export function clipFields(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return clip(value, LOG_STRING_MAX);
  if (value === null || typeof value !== 'object') return value;
  if (value instanceof Error) {
    return { type: value.name, message: clip(value.message, LOG_STRING_MAX), stack: value.stack ? clip(value.stack, STACK_MAX) : undefined, code: (value as NodeJS.ErrnoException).code };
  }
  if (depth >= MAX_DEPTH) return '[nested too deep]';
  if (Array.isArray(value)) return value.slice(0, MAX_KEYS).map((v) => clipFields(v, depth + 1));
  const out: Record<string, unknown> = {};
  let n = 0;
  for (const [key, v] of Object.entries(value)) {
    if (n++ >= MAX_KEYS) break;
    out[clip(key, CLIENT_TEXT_MAX)] = clipFields(v, depth + 1);
  }
  return out;
}

/**
 * Lets the first `burst` lines of one kind from one client through per `windowMs`, then counts the rest: the last
 * line let through says `muted: true` (more like it are only counted), the next one after the window says how many
 * were left out (`suppressed`). At most `maxKeys` keys are tracked (a flood of new keys then shares one budget).
 */
export class LogLimiter {
  private readonly burst: number;
  private readonly windowMs: number;
  private readonly maxKeys: number;
  private readonly now: () => number;
  private readonly windows = new Map<string, { start: number; count: number; suppressed: number }>();

  constructor(options: { burst?: number; windowMs?: number; maxKeys?: number; now?: () => number } = {}) {
    this.burst = options.burst ?? 10;
    this.windowMs = options.windowMs ?? 60_000;
    this.maxKeys = options.maxKeys ?? 1000;
    this.now = options.now ?? Date.now;
  }

  /** Null: do not log this one. Otherwise log it, with these fields added. */
  take(key: string): { suppressed: number; muted?: true } | null {
    const now = this.now();
    if (this.windows.size >= this.maxKeys && !this.windows.has(key)) {
      for (const [k, w] of this.windows) if (now - w.start >= this.windowMs) this.windows.delete(k);
      if (this.windows.size >= this.maxKeys) key = '(many clients)';
    }
    let w = this.windows.get(key);
    if (!w || now - w.start >= this.windowMs) {
      const suppressed = w?.suppressed ?? 0;
      w = { start: now, count: 1, suppressed: 0 };
      this.windows.set(key, w);
      return { suppressed };
    }
    w.count += 1;
    if (w.count <= this.burst) {
      const suppressed = w.suppressed;
      w.suppressed = 0;
      return w.count === this.burst ? { suppressed, muted: true } : { suppressed };
    }
    w.suppressed += 1;
    return null;
  }
}
