import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app.js';
import { FontReady } from './components/font-ready.js';
import { I18nProvider } from './i18n/i18n.js';
import { SessionProvider } from './session/session.js';
import './styles.css';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <I18nProvider>
        <SessionProvider>
          <FontReady>
            <App />
          </FontReady>
        </SessionProvider>
      </I18nProvider>
    </StrictMode>,
  );
}
