import { useCallback, useEffect, useSyncExternalStore } from 'react';
import type { KeyValueStorage } from '../../platform/index.ts';
import { usePlatform } from '../../platform/react.tsx';

/** How a tablet shows text, for the older members of the room: remembered on the device, applied by theme.css. */
export interface Display {
  largeText: boolean;
  highContrast: boolean;
}

const KEY = 'roundtable.display';
const listeners = new Set<() => void>();
let cached: { raw: string | null; value: Display } | null = null;

/** The stored setting; anything unreadable is the default (normal text, normal contrast). */
export function readDisplay(storage: KeyValueStorage): Display {
  const raw = storage.getItem(KEY);
  if (cached?.raw === raw) return cached.value;
  let value: Display = { largeText: false, highContrast: false };
  try {
    const parsed = raw ? (JSON.parse(raw) as Partial<Display>) : {};
    value = { largeText: parsed.largeText === true, highContrast: parsed.highContrast === true };
  } catch {
    // a value written by hand or by an older client: the default
  }
  cached = { raw, value };
  return value;
}

/** Puts the setting on the page's root, where theme.css reads it (`data-text="large"`, `data-contrast="high"`). */
export function applyDisplay(display: Display, root: HTMLElement = document.documentElement): void {
  if (display.largeText) root.dataset.text = 'large';
  else delete root.dataset.text;
  if (display.highContrast) root.dataset.contrast = 'high';
  else delete root.dataset.contrast;
}

/** The device's display setting, applied while a screen that offers it is shown, and its setter. */
export function useDisplay(): [Display, (next: Partial<Display>) => void] {
  const { storage } = usePlatform();
  const subscribe = useCallback((fn: () => void) => (listeners.add(fn), () => void listeners.delete(fn)), []);
  const display = useSyncExternalStore(subscribe, () => readDisplay(storage));
  useEffect(() => applyDisplay(display), [display]);
  const set = useCallback(
    (next: Partial<Display>) => {
      storage.setItem(KEY, JSON.stringify({ ...readDisplay(storage), ...next }));
      for (const fn of listeners) fn();
    },
    [storage],
  );
  return [display, set];
}
