import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { I18nextProvider } from 'react-i18next';
import './app/fonts.css';
import './app/theme.css';
import { App } from './app/App.tsx';
import { HubClient } from './client/HubClient.ts';
import { HubProvider } from './client/react.tsx';
import { createSocket } from './client/socket.ts';
import { indexedDbKeeper } from './client/keptSnapshots.ts';
import { createI18n } from './i18n/index.ts';
import { namespaces } from './app/strings.ts';
import { detectPlatform } from './platform/index.ts';
import { PlatformProvider } from './platform/react.tsx';
import { createAppShell } from './features/app-shell/shell.ts';
import { AppShellProvider } from './features/app-shell/react.tsx';

async function boot(): Promise<void> {
  const platform = detectPlatform();
  const i18n = await createI18n(platform.storage, namespaces);
  // The delegate's meeting is kept on the device (IndexedDB) for a reload with the hub out of reach.
  const client = new HubClient({ platform, createSocket, keeper: indexedDbKeeper() });
  // The desktop app's first start has no hub yet (its /setup page asks for one): nothing to connect to.
  if (platform.hubUrl !== '') client.start();
  // The app shell (service worker): the tablet opens its meeting after a reload with the hub out of reach.
  const shell = createAppShell({ platformKind: platform.kind, dev: import.meta.env.DEV });
  shell.start();
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root');
  createRoot(root).render(
    <StrictMode>
      <PlatformProvider platform={platform}>
        <I18nextProvider i18n={i18n}>
          <HubProvider client={client}>
            <AppShellProvider shell={shell}>
              <BrowserRouter>
                <App />
              </BrowserRouter>
            </AppShellProvider>
          </HubProvider>
        </I18nextProvider>
      </PlatformProvider>
    </StrictMode>,
  );
}

void boot();
