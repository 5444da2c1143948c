import { followDisplays, type ScreenLike } from './displays.ts';
import type { windowOptions } from './security.ts';
import type { AppDeps } from './app-deps.ts';

/** A projector window, full screen on the second display while there is one (displays.ts), moved or closed as screens come and go. */
export function followWithProjector(
  screen: ScreenLike,
  deps: {
    createWindow: NonNullable<AppDeps['createProjectorWindow']>;
    /** The window's options, made when it opens. */
    options: () => ReturnType<typeof windowOptions>;
    url: string;
    log: (line: string) => void;
  },
): void {
  const { createWindow, options, url: projectorUrl, log } = deps;
  let projector: ReturnType<NonNullable<AppDeps['createProjectorWindow']>> | null = null;
  followDisplays(screen, {
    showOn: (display) => {
      if (projector && !projector.isDestroyed()) {
        projector.setBounds(display.bounds);
        return;
      }
      projector = createWindow(options(), display);
      projector.loadURL(projectorUrl).catch((error: unknown) => log(`could not load ${projectorUrl}: ${String(error)}`));
    },
    close: () => {
      if (projector && !projector.isDestroyed()) projector.close();
      projector = null;
    },
  });
}
