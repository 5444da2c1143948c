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
import { createI18n } from './i18n/index.ts';
import { namespaces } from './app/strings.ts';
import { detectPlatform } from './platform/index.ts';
import { PlatformProvider } from './platform/react.tsx';

async function boot(): Promise<void> {
  const platform = detectPlatform();
  const i18n = await createI18n(platform.storage, namespaces);
  const client = new HubClient({ platform, createSocket });
  client.start();
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root');
  createRoot(root).render(
    <StrictMode>
      <PlatformProvider platform={platform}>
        <I18nextProvider i18n={i18n}>
          <HubProvider client={client}>
            <BrowserRouter>
              <App />
            </BrowserRouter>
          </HubProvider>
        </I18nextProvider>
      </PlatformProvider>
    </StrictMode>,
  );
}

void boot();
