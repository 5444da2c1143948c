import type { ScanOutcome } from './feedback.ts';

/** Tones per result, so the desk hears it without looking: one high, two middle, one low and long. */
const TONES: Record<ScanOutcome, { hz: number; ms: number; at: number }[]> = {
  checked_in: [{ hz: 1046, ms: 140, at: 0 }],
  already_present: [
    { hz: 660, ms: 110, at: 0 },
    { hz: 660, ms: 110, at: 170 },
  ],
  refused: [{ hz: 196, ms: 520, at: 0 }],
};

let context: AudioContext | null = null;

/** A short beep made with Web Audio (no sound files). Silently nothing where audio is unavailable. */
export function beep(outcome: ScanOutcome): void {
  try {
    const AudioCtor = globalThis.AudioContext;
    if (!AudioCtor) return;
    context ??= new AudioCtor();
    if (context.state === 'suspended') void context.resume().catch(() => undefined);
    const start = context.currentTime + 0.01;
    for (const tone of TONES[outcome]) {
      const oscillator = context.createOscillator();
      const gain = context.createGain();
      oscillator.type = outcome === 'refused' ? 'square' : 'sine';
      oscillator.frequency.value = tone.hz;
      const from = start + tone.at / 1000;
      const to = from + tone.ms / 1000;
      gain.gain.setValueAtTime(0.0001, from);
      gain.gain.exponentialRampToValueAtTime(outcome === 'refused' ? 0.08 : 0.2, from + 0.015);
      gain.gain.exponentialRampToValueAtTime(0.0001, to);
      oscillator.connect(gain).connect(context.destination);
      oscillator.start(from);
      oscillator.stop(to + 0.02);
    }
  } catch {
    // No audio device, or the browser refused: the screen says it all anyway.
  }
}
