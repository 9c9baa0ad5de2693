// The public site's shell: skip links, the State's header with the site's three sections, the
// page, the footer with the accessibility statement. No sign-in: everything here is for anyone.
import { Footer } from '@codegouvfr/react-dsfr/Footer';
import { Header } from '@codegouvfr/react-dsfr/Header';
import { SkipLinks } from '@codegouvfr/react-dsfr/SkipLinks';
import { Accessibility } from './pages/Accessibility';
import { Finder } from './pages/Finder';
import { MyPass } from './pages/MyPass';
import { OpenFigures } from './pages/OpenFigures';
import { hrefOf, useRoute } from './router';

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
      <SkipLinks
        links={[
          { label: 'Contenu', anchor: '#contenu' },
          { label: 'Menu', anchor: '#menu' },
          { label: 'Pied de page', anchor: '#pied-de-page' },
        ]}
      />
      <Header
        brandTop={brandTop}
        serviceTitle="Pass numérique"
        serviceTagline="Vérifier mon pass, trouver où l’utiliser"
        homeLinkProps={{ href: hrefOf('mon-pass'), title: 'Accueil — Pass numérique' }}
        navigation={SECTIONS.map((s) => ({ text: s.label, linkProps: { href: hrefOf(s.path) }, isActive: s.path === path }))}
      />
      <main className="fr-container fr-py-4w" id="contenu" tabIndex={-1}>
        {path === 'ou-l-utiliser' ? <Finder route={route} /> : path === 'chiffres-ouverts' ? <OpenFigures /> : path === 'accessibilite' ? <Accessibility /> : <MyPass />}
      </main>
      <Footer
        id="pied-de-page"
        accessibility="partially compliant"
        accessibilityLinkProps={{ href: hrefOf('accessibilite') }}
        brandTop={brandTop}
        homeLinkProps={{ href: hrefOf('mon-pass'), title: 'Accueil — Pass numérique' }}
        contentDescription="Le pass numérique aide les personnes éloignées du numérique à se faire accompagner dans des lieux de médiation. Ce site ne vous demande aucun compte et ne garde rien de ce que vous saisissez."
        bottomItems={[]}
      />
    </>
  );
}
