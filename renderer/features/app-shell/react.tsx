import { createContext, useCallback, useContext, useSyncExternalStore, type ReactNode } from 'react';
import { AppShell, type AppShellView } from './shell.ts';

const ShellContext = createContext<AppShell>(new AppShell(null));

export function AppShellProvider({ shell, children }: { shell: AppShell; children: ReactNode }) {
  return <ShellContext.Provider value={shell}>{children}</ShellContext.Provider>;
}

/** The page's app shell and what it says now (whether a newer build waits). */
export function useAppShell(): { shell: AppShell; view: AppShellView } {
  const shell = useContext(ShellContext);
  const subscribe = useCallback((listener: () => void) => shell.subscribe(listener), [shell]);
  const view = useSyncExternalStore(subscribe, () => shell.getView());
  return { shell, view };
}
