// The public site's entry: the State design system (styles, fonts and icons bundled from
// node_modules), then the application.
import '@codegouvfr/react-dsfr/main.css';
import './site.css';
import { startReactDsfr } from '@codegouvfr/react-dsfr/spa';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';

startReactDsfr({ defaultColorScheme: 'light' });

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
