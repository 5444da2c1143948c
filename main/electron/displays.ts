// The chair's two screens: the console on the main display, the projector view on another one when it is connected,
// following displays plugged in or out. Pure placement plus a small follower over Electron's `screen` (faked in tests).

export interface DisplayLike {
  id: number;
  bounds: { x: number; y: number; width: number; height: number };
}

/** The display for the projector: the largest that is not the console's (the primary), or null with one display. */
export function projectorDisplay(displays: readonly DisplayLike[], primaryId: number): DisplayLike | null {
  const others = displays.filter((d) => d.id !== primaryId);
  if (others.length === 0) return null;
  return others.reduce((best, d) => (d.bounds.width * d.bounds.height > best.bounds.width * best.bounds.height ? d : best));
}

/** The part of Electron's `screen` used here. */
export interface ScreenLike {
  getAllDisplays(): DisplayLike[];
  getPrimaryDisplay(): DisplayLike;
  on(event: 'display-added' | 'display-removed' | 'display-metrics-changed', listener: () => void): unknown;
}

/** The projector window's side: shown full screen on a display, or closed when there is none. */
export interface ProjectorSide {
  showOn(display: DisplayLike): void;
  close(): void;
}

/** Places the projector now and whenever displays change; only acts when its display changes. */
export function followDisplays(screen: ScreenLike, projector: ProjectorSide): { current(): number | null } {
  let placed: DisplayLike | null = null;
  const place = () => {
    const target = projectorDisplay(screen.getAllDisplays(), screen.getPrimaryDisplay().id);
    const same = target && placed && target.id === placed.id && JSON.stringify(target.bounds) === JSON.stringify(placed.bounds);
    if (same || (!target && !placed)) return;
    if (target) projector.showOn(target);
    else projector.close();
    placed = target;
  };
  place();
  for (const event of ['display-added', 'display-removed', 'display-metrics-changed'] as const) screen.on(event, place);
  return { current: () => placed?.id ?? null };
}
