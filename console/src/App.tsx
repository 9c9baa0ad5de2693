// The shell: the DSFR header with the role and sign-out, a navigation per role, and the page.
// Pages are chosen by the address's hash (#/tableau-de-bord…), so reload and back work without a router.
import { ApolloProvider } from '@apollo/client/react';
import { Footer } from '@codegouvfr/react-dsfr/Footer';
import { Header } from '@codegouvfr/react-dsfr/Header';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { makeClient } from './apollo';
import { Alerts } from './pages/Alerts';
import { Application } from './pages/Application';
import { Applications } from './pages/Applications';
import { BankDetails } from './pages/BankDetails';
import { BankDetailsApprovals } from './pages/BankDetailsApprovals';
import { Notifications } from './pages/Notifications';
import { ApiKeys } from './pages/ApiKeys';
import { Delegations } from './pages/Delegations';
import { Sandbox } from './pages/Sandbox';
import { Webhooks } from './pages/Webhooks';
import { Dashboard } from './pages/Dashboard';
import { Finances } from './pages/Finances';
import { Settlements } from './pages/Settlements';
import { DistributorDesk } from './pages/DistributorDesk';
import { OpenData } from './pages/OpenData';
import { Orders } from './pages/Orders';
import { PlaceDescription } from './pages/PlaceDescription';
import { PlaceDesk } from './pages/PlaceDesk';
import { PlacesAdmin } from './pages/PlacesAdmin';
import { SignIn } from './pages/SignIn';
import { Members } from './pages/Members';
import { MyOrganisation, rememberInvitationFromAddress } from './pages/MyOrganisation';
import { OrganisationsToVerify } from './pages/OrganisationsToVerify';
import { AccessibilityStatement } from './pages/AccessibilityStatement';
import { SkipLink, useFocusOnNavigation, usePageTitle } from './components/Navigation';
import { OrganisationPicker } from './components/OrganisationPicker';
import { actingFor, loadSession, personOrganisations, providerSession, ROLE_LABELS, saveSession, signOutOfProvider, type PersonOrganisation, type ProviderSession, type Role, type Session } from './session';

interface PageEntry {
  path: string;
  label: string;
  render(session: Session & { onOrganisations?(organisations: PersonOrganisation[]): void }): ReactNode;
}

/** An organisation's software on the platform: its API keys, its delegations to (or as) a software vendor, its webhooks. */
const INTEGRATION_PAGES: PageEntry[] = [
  { path: 'cles-api', label: 'Clés d’API', render: (s) => <ApiKeys organisationId={s.organisationId} /> },
  { path: 'delegations', label: 'Délégations', render: (s) => <Delegations organisationId={s.organisationId} /> },
  { path: 'webhooks', label: 'Webhooks', render: (s) => <Webhooks organisationId={s.organisationId} /> },
  { path: 'bac-a-sable', label: 'Bac à sable', render: (s) => <Sandbox organisationId={s.organisationId} /> },
];

const PAGES: Record<Role, PageEntry[]> = {
  programme_manager: [
    { path: 'tableau-de-bord', label: 'Tableau de bord', render: (s) => <Dashboard programmeIds={s.programmeIds} /> },
    { path: 'commandes', label: 'Commandes', render: (s) => <Orders canDecide programmeIds={s.programmeIds} /> },
    { path: 'alertes', label: 'Alertes et réallocations', render: (s) => <Alerts canAct programmeIds={s.programmeIds} /> },
    { path: 'lieux', label: 'Lieux et qualification', render: (s) => <PlacesAdmin canDecide programmeIds={s.programmeIds} /> },
    { path: 'candidatures', label: 'Candidatures', render: (s) => <Applications canDecide programmeIds={s.programmeIds} /> },
    { path: 'finances', label: 'Finances', render: (s) => <Finances canClaim programmeIds={s.programmeIds} /> },
    { path: 'releves', label: 'Relevés et comptabilité', render: (s) => <Settlements canApprove canPay programmeIds={s.programmeIds} /> },
  ],
  finance_officer: [
    { path: 'tableau-de-bord', label: 'Tableau de bord', render: (s) => <Dashboard programmeIds={s.programmeIds} /> },
    { path: 'commandes', label: 'Commandes', render: (s) => <Orders canDecide={false} programmeIds={s.programmeIds} /> },
    { path: 'alertes', label: 'Alertes', render: (s) => <Alerts canAct={false} programmeIds={s.programmeIds} /> },
    { path: 'lieux', label: 'Lieux', render: (s) => <PlacesAdmin canDecide={false} programmeIds={s.programmeIds} /> },
    { path: 'candidatures', label: 'Candidatures', render: (s) => <Applications canDecide={false} programmeIds={s.programmeIds} /> },
    { path: 'changements-rib', label: 'Changements de RIB à valider', render: (s) => <BankDetailsApprovals programmeIds={s.programmeIds} /> },
    { path: 'finances', label: 'Finances', render: (s) => <Finances canClaim programmeIds={s.programmeIds} /> },
    { path: 'releves', label: 'Relevés et comptabilité', render: (s) => <Settlements canApprove={false} canPay programmeIds={s.programmeIds} /> },
  ],
  funder_auditor: [
    { path: 'tableau-de-bord', label: 'Tableau de bord', render: (s) => <Dashboard programmeIds={s.programmeIds} /> },
    { path: 'commandes', label: 'Commandes', render: (s) => <Orders canDecide={false} programmeIds={s.programmeIds} /> },
    { path: 'lieux', label: 'Lieux', render: (s) => <PlacesAdmin canDecide={false} programmeIds={s.programmeIds} /> },
    { path: 'finances', label: 'Finances', render: (s) => <Finances canClaim={false} programmeIds={s.programmeIds} /> },
    { path: 'releves', label: 'Relevés et comptabilité', render: (s) => <Settlements canApprove={false} canPay={false} programmeIds={s.programmeIds} /> },
  ],
  place: [
    { path: 'lieu', label: 'Encaisser et relevés', render: (s) => <PlaceDesk organisationId={s.organisationId} /> },
    { path: 'description', label: 'Description du lieu', render: (s) => <PlaceDescription organisationId={s.organisationId} /> },
    { path: 'candidature', label: 'Candidature', render: (s) => <Application organisationId={s.organisationId} /> },
    { path: 'coordonnees-bancaires', label: 'Coordonnées bancaires', render: (s) => <BankDetails organisationId={s.organisationId} /> },
    { path: 'notifications', label: 'Notifications', render: () => <Notifications /> },
    ...INTEGRATION_PAGES,
  ],
  distributor: [{ path: 'distributeur', label: 'Carnets et remises', render: (s) => <DistributorDesk organisationId={s.organisationId} /> }, ...INTEGRATION_PAGES],
  public: [{ path: 'donnees-ouvertes', label: 'Données ouvertes', render: () => <OpenData /> }],
};

/** A person known by the platform's memberships (self-registration) rather than by the provider's grants. */
const PERSON_PAGES: PageEntry[] = [
  { path: 'structure', label: 'Ma structure', render: (s) => <MyOrganisation onMemberships={s.onOrganisations} /> },
  { path: 'membres', label: 'Membres', render: () => <Members /> },
];
const OPERATOR_PAGES: PageEntry[] = [{ path: 'structures-a-verifier', label: 'Structures à vérifier', render: () => <OrganisationsToVerify /> }];
/** A person's pages are those of the roles the gateway grants for the organisation acted for (a place that also distributes has both). */
const rolePages = (s: Session): PageEntry[] => (s.activityRoles?.length ? s.activityRoles.flatMap((r) => PAGES[r]).filter((p, i, all) => all.findIndex((q) => q.path === p.path) === i) : PAGES[s.role]);
const pagesOf = (s: Session): PageEntry[] => [...(s.person ? PERSON_PAGES : []), ...(s.operator ? OPERATOR_PAGES : []), ...rolePages(s)];

// An invitation link opened before signing in: its code waits in the tab for "Ma structure".
rememberInvitationFromAddress();

const ACCESSIBILITY_PATH = 'accessibilite';

function useHashPath() {
  const read = () => window.location.hash.replace(/^#\/?/, '');
  const [path, setPath] = useState(read);
  useEffect(() => {
    const onChange = () => setPath(read());
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return path;
}

export function App() {
  const [session, setSession] = useState<Session | undefined>(loadSession);
  // Whether the console server signs people in through an identity provider, and whether this browser has a session there.
  const [provider, setProvider] = useState<ProviderSession['kind'] | 'checking'>('checking');
  useEffect(() => {
    let current = true;
    providerSession()
      .then((answer) => {
        if (!current) return;
        setProvider(answer.kind);
        if (answer.kind !== 'signed-in') return;
        // A person acts through their organisations: the pages wait for them, so an address such as #/candidature opens at once.
        const known = answer.session.person ? personOrganisations().catch(() => [] as PersonOrganisation[]) : Promise.resolve(undefined);
        return known.then((organisations) => {
          const signedIn = organisations ? actingFor(answer.session, organisations) : answer.session;
          if (current) setSession((stored) => (stored?.role === 'public' || !stored ? signedIn : stored));
        });
      })
      .catch(() => current && setProvider('no-provider'));
    return () => {
      current = false;
    };
  }, []);
  const path = useHashPath();
  // Registering or joining an organisation, or choosing another one to act for, changes the person's pages and the organisation the API is told.
  const actFor = (organisations: PersonOrganisation[], chosen?: string) =>
    setSession((current) => {
      if (!current?.person) return current;
      const next = actingFor(current, organisations, chosen);
      const same = next.organisationId === current.organisationId && JSON.stringify(next.organisations) === JSON.stringify(current.organisations);
      return same ? current : next;
    });
  const client = useMemo(() => (session ? makeClient(session) : undefined), [session]);
  const pages = session ? pagesOf(session) : [];
  const page = pages.find((p) => p.path === path) ?? pages[0];
  // The accessibility statement is open to everyone, signed in or not (the footer links it).
  const statement = path === ACCESSIBILITY_PATH;
  usePageTitle(statement ? 'Accessibilité' : session && page ? page.label : 'Connexion');
  useFocusOnNavigation(path);

  const change = (next: Session | undefined) => {
    // The provider's session ends at the server and then at the provider: the page goes with it.
    if (!next && session?.signedInWithProvider) return signOutOfProvider();
    // A provider's session is never kept in the tab: the console server is asked on each load.
    saveSession(next?.signedInWithProvider ? undefined : next);
    setSession(next);
    window.location.hash = next ? `#/${pagesOf(next)[0].path}` : '';
  };

  return (
    <>
      <SkipLink />
      <Header
        brandTop={
          <>
            RÉPUBLIQUE
            <br />
            FRANÇAISE
          </>
        }
        serviceTitle="Pass numérique"
        serviceTagline="Console de suivi des programmes"
        homeLinkProps={{ href: '#/', title: 'Accueil — Pass numérique' }}
        quickAccessItems={
          session
            ? [
                { iconId: 'fr-icon-account-circle-line', text: session.name ?? ROLE_LABELS[session.role], linkProps: { href: `#/${pages[0].path}` } },
                { iconId: 'fr-icon-logout-box-r-line', text: 'Se déconnecter', buttonProps: { onClick: () => change(undefined), 'data-testid': 'sign-out' } },
              ]
            : []
        }
        navigation={pages.map((p) => ({ text: p.label, linkProps: { href: `#/${p.path}` }, isActive: !statement && p === page }))}
      />
      <main className="fr-container fr-py-4w" id="content" tabIndex={-1}>
        {statement ? (
          <AccessibilityStatement />
        ) : session && client && page ? (
          <ApolloProvider client={client}>
            {session.person ? <OrganisationPicker organisations={session.organisations ?? []} actingFor={session.organisationId} onChoose={(chosen) => actFor(session.organisations ?? [], chosen)} /> : null}
            {page.render({ ...session, onOrganisations: (organisations) => actFor(organisations) })}
          </ApolloProvider>
        ) : (
          <SignIn onSignedIn={change} provider={provider} />
        )}
      </main>
      <Footer accessibility="partially compliant" accessibilityLinkProps={{ href: `#/${ACCESSIBILITY_PATH}` }} bottomItems={[]} contentDescription="Console du pass numérique : logiciel libre (EUPL-1.2). Les données ouvertes ne contiennent aucune donnée personnelle." brandTop={<>RÉPUBLIQUE<br />FRANÇAISE</>} homeLinkProps={{ href: '#/', title: 'Accueil — Pass numérique' }} />
    </>
  );
}
