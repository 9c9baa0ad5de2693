// The public site's shell: skip links, the State's header with the site's three sections, the
// page, the footer with the accessibility statement. No sign-in: everything here is for anyone.
import { Header } from '@codegouvfr/react-dsfr/Header';
import { lazy, Suspense } from 'react';
import { MyPass } from './pages/MyPass';
import { hrefOf, useRoute } from './router';

// The first page is "Mon pass": the others are loaded when visited, to keep it light on a phone.
const Finder = lazy(() => import('./pages/Finder').then((m) => ({ default: m.Finder })));
const OpenFigures = lazy(() => import('./pages/OpenFigures').then((m) => ({ default: m.OpenFigures })));
const Accessibility = lazy(() => import('./pages/Accessibility').then((m) => ({ default: m.Accessibility })));

const SECTIONS = [
  { path: 'mon-pass', label: 'Mon pass' },
  { path: 'ou-l-utiliser', label: 'Où l’utiliser' },
  { path: 'chiffres-ouverts', label: 'Chiffres ouverts' },
];

export function App() {
  const route = useRoute();
  const path = route.path === '' ? 'mon-pass' : route.path;
  const brandTop = (
    <>
      RÉPUBLIQUE
      <br />
      FRANÇAISE
    </>
  );
  return (
    <>
      <div className="fr-skiplinks">
        <nav className="fr-container" role="navigation" aria-label="Accès rapide">
          <ul className="fr-skiplinks__list">
            <li>
              <a className="fr-link" href="#contenu">
                Contenu
              </a>
            </li>
            <li>
              <a className="fr-link" href="#pied-de-page">
                Pied de page
              </a>
            </li>
          </ul>
        </nav>
      </div>
      <Header
        brandTop={brandTop}
        serviceTitle="Pass numérique"
        serviceTagline="Vérifier mon pass, trouver où l’utiliser"
        homeLinkProps={{ href: hrefOf('mon-pass'), title: 'Accueil — Pass numérique' }}
        navigation={SECTIONS.map((s) => ({ text: s.label, linkProps: { href: hrefOf(s.path) }, isActive: s.path === path }))}
        disableDisplay
      />
      <main className="fr-container fr-py-4w" id="contenu" tabIndex={-1}>
        <Suspense fallback={<p aria-live="polite">Chargement…</p>}>
          {path === 'ou-l-utiliser' ? <Finder route={route} /> : path === 'chiffres-ouverts' ? <OpenFigures /> : path === 'accessibilite' ? <Accessibility /> : <MyPass />}
        </Suspense>
      </main>
      <footer className="fr-footer" id="pied-de-page">
        <div className="fr-container">
          <div className="fr-footer__body">
            <div className="fr-footer__brand fr-enlarge-link">
              <a href={hrefOf('mon-pass')} title="Accueil — Pass numérique">
                <p className="fr-logo">{brandTop}</p>
              </a>
            </div>
            <div className="fr-footer__content">
              <p className="fr-footer__content-desc">
                Le pass numérique aide les personnes éloignées du numérique à se faire accompagner dans des lieux de médiation. Ce site ne vous demande aucun compte et ne garde rien de ce que
                vous saisissez.
              </p>
            </div>
          </div>
          <div className="fr-footer__bottom">
            <ul className="fr-footer__bottom-list">
              <li className="fr-footer__bottom-item">
                <a className="fr-footer__bottom-link" href={hrefOf('accessibilite')}>
                  Accessibilité : partiellement conforme
                </a>
              </li>
            </ul>
          </div>
        </div>
      </footer>
    </>
  );
}
