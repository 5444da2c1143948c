import { useEffect } from 'react';
import { nextExitTaps, type Tap } from '../../../shared/domain/kiosk-exit-taps.ts';
import { usePlatform } from '../../platform/react.tsx';

/**
 * On a kiosk tablet (touch only, no keyboard for Ctrl+Alt+Shift+K): five taps in the top-left corner ask the main
 * process for the PIN page. Nothing on screen: the secretariat knows the corner. The main process checks the asking
 * window and judges the PIN; this only counts taps. Renders nothing.
 */
export function KioskCornerTaps() {
  const desktop = usePlatform().desktop;
  const kiosk = desktop?.role === 'tablet';
  useEffect(() => {
    if (!kiosk || !desktop) return;
    let taps: Tap[] = [];
    const onDown = (event: PointerEvent) => {
      const next = nextExitTaps(taps, { x: event.clientX, y: event.clientY, at: performance.now() });
      taps = next.taps;
      if (next.open) void desktop.askKioskExit();
    };
    // Capture: a page's own handlers (a reader swallowing its gestures) cannot hide the corner's taps.
    window.addEventListener('pointerdown', onDown, { capture: true, passive: true });
    return () => window.removeEventListener('pointerdown', onDown, { capture: true });
  }, [kiosk, desktop]);
  return null;
}
