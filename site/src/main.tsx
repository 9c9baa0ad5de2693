// The public site's entry: the State design system (styles, fonts and icons bundled from
// node_modules), then the application. Its minified styles and only the icon families the site
// shows (not the whole set, most of the stylesheet): the first page must stay light on a phone.
import '@codegouvfr/react-dsfr/dsfr/dsfr.main.min.css';
import '@codegouvfr/react-dsfr/dsfr/utility/icons/icons-system/icons-system.main.min.css';
import '@codegouvfr/react-dsfr/dsfr/utility/icons/icons-map/icons-map.main.min.css';
import '@codegouvfr/react-dsfr/dsfr/utility/icons/icons-device/icons-device.main.min.css';
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
