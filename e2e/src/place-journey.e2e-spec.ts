// The issue's journey, in a real browser (Debian's chromium through playwright-core), with the
// built development provider and the built console server in front of a gateway that knows people
// through the provider's JWKS and the memberships partners holds: a new person creates an account,
// registers a place organisation with its SIRET and declares its place; the platform's operator
// verifies the organisation; the place applies to the Département de la Somme's programme with its
// documents uploaded through the page; the Somme's programme manager qualifies it; the place asks
// for a new IBAN with its certificate and the Somme's finance officer approves it; a software
// vendor's SANDBOX key, delegated to by the place in its "Délégations" page, redeems at the new
// place a test pass the place read in its "Bac à sable". axe finds no violation on any page
// visited, and no page logs an error, fails a request or shows an error notice.
import type { Browser, Page } from 'playwright-core';
import { axeViolations, launchChromium } from './browser';
import type { RunningGateway } from '@pass-numerique/gateway';
import { DEMO_PARTNER_IDS, DEPARTEMENT_DEMO, DEPARTEMENT_DEMO_IDS } from '@pass-numerique/demo-programme';
import { PartnerClient } from '@pass-numerique/partner-client-example';
import { ApiSetup, ONE_PAGE_PDF, type Headers } from '@pass-numerique/testing';
import { freshSiret } from './cross-tenant-world';
import { freePort, providerSigningKey, startProviderGateway, startSignInServers, type SignInServers } from './sign-in-servers';
import { startStack, type Stack } from './stack';

const AUDIENCE = 'pass-numerique-api';
const NEW_IBAN = 'FR14 2004 1010 0505 0001 3M02 606';

describe('a new place signs up, is qualified by the Somme, changes its IBAN, and a vendor key redeems a sandbox pass at it', () => {
  let stack: Stack;
  let gateway: RunningGateway;
  let servers: SignInServers;
  let browser: Browser;
  const problems: string[] = [];

  beforeAll(async () => {
    stack = await startStack({ loadDemoData: { passes: false } });
    const providerPort = await freePort();
    const signingKey = await providerSigningKey('place-journey-test');
    gateway = await startProviderGateway(stack, `http://127.0.0.1:${providerPort}`, AUDIENCE);
    servers = await startSignInServers({ gatewayUrl: gateway.url, signingJwk: signingKey.privateJwk, audience: AUDIENCE, accessTokenSeconds: 600, providerPort });
    browser = await launchChromium();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    servers?.stop();
    await gateway?.stop();
    await stack?.stop();
  }, 60_000);

  async function openPage(): Promise<Page> {
    // The production console's CSP forbids inline scripts: axe is injected past it, as a tool, not by the page.
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'fr-FR', bypassCSP: true });
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      // Chromium asks every origin for its icon on its own (the provider has none): not the pages' doing.
      if (message.type() === 'error' && !message.location().url.endsWith('/favicon.ico')) problems.push(`console error: ${message.text()} (${message.location().url})`);
    });
    // Requests a reload or a navigation of the test's own cancels (net::ERR_ABORTED) are not failures of the platform.
    page.on('requestfailed', (request) => request.failure()?.errorText !== 'net::ERR_ABORTED' && problems.push(`failed request: ${request.method()} ${request.url()} (${request.failure()?.errorText})`));
    page.on('response', (response) => {
      if (response.status() >= 400 && !response.url().endsWith('/favicon.ico')) problems.push(`failed request: ${response.request().method()} ${response.url()} (${response.status()})`);
    });
    page.on('request', (request) => {
      const url = request.url();
      if (![servers.consoleUrl, servers.providerUrl, 'data:', 'blob:'].some((origin) => url.startsWith(origin))) problems.push(`foreign request: ${url}`);
    });
    return page;
  }

  /** The page is accessible (axe, main content) and shows no error notice. */
  async function checked(page: Page) {
    await page.waitForLoadState('networkidle');
    const found = await axeViolations(page);
    const notices = await page.locator('main .fr-alert--error').allTextContents();
    expect({ page: page.url(), violations: found, notices, problems }).toEqual({ page: page.url(), violations: [], notices: [], problems: [] });
  }

  async function go(page: Page, path: string, heading: string | RegExp) {
    await page.goto(`${servers.consoleUrl}/#/${path}`);
    await page.getByRole('heading', { level: 1, name: heading }).waitFor();
  }

  async function signInAs(page: Page, login: string) {
    await page.goto(servers.consoleUrl);
    await page.getByTestId('provider-sign-in').click();
    await page.getByLabel('Identifiant').fill(login);
    await page.getByLabel('Mot de passe').fill('demo');
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.waitForURL(`${servers.consoleUrl}/**`);
    await page.locator('main h1').first().waitFor();
  }

  it('goes from sign-up to a vendor key redeeming a sandbox pass at the new place', async () => {
    const siret = freshSiret();
    const organisationName = `Tiers-lieu du parcours ${siret.slice(-5)}`;
    const placeName = `Atelier numérique ${siret.slice(-5)}`;

    // A new person creates an account at the provider and registers the place's organisation.
    const place = await openPage();
    await place.goto(servers.consoleUrl);
    await place.getByTestId('provider-sign-up').click();
    await place.waitForURL(`${servers.providerUrl}/interaction/**`);
    await place.getByLabel('Adresse électronique').fill(`responsable-${siret}@exemple.fr`);
    await place.getByLabel('Nom et prénom').fill('Alix Responsable');
    await place.getByLabel('Mot de passe').fill('un mot de passe solide');
    await place.getByRole('button', { name: 'Créer mon compte' }).click();
    await place.waitForURL(`${servers.consoleUrl}/**`);
    await place.getByRole('heading', { level: 1, name: 'Ma structure' }).waitFor();
    await checked(place);
    await place.getByLabel('SIRET').fill(siret);
    await place.getByLabel('Nom de la structure').fill(organisationName);
    await place.getByLabel('Forme juridique').selectOption('THIRD_PLACE');
    await place.getByRole('textbox', { name: /^Adresse/ }).fill('3 place Gambetta');
    await place.getByLabel('Code postal', { exact: true }).fill('80000');
    await place.getByLabel('Code INSEE de la commune').fill('80021');
    await place.getByRole('button', { name: 'Inscrire la structure' }).click();
    await place.getByText(`« ${organisationName} » est inscrite`).waitFor();

    // Its members now hold the place's pages: it declares its place (a bad INSEE code refused in French first).
    await place.getByRole('link', { name: 'Description du lieu' }).click();
    await place.getByRole('heading', { level: 1, name: 'Description publique du lieu' }).waitFor();
    const declare = place.getByTestId('declare-place');
    await declare.getByLabel('Nom du lieu').fill(placeName);
    await declare.getByRole('textbox', { name: /^Adresse/ }).fill('3 place Gambetta');
    await declare.getByLabel('Code postal', { exact: true }).fill('80000');
    await declare.getByLabel('Code INSEE de la commune').fill('80000');
    await declare.getByText('Maîtrise des outils numériques du quotidien').click();
    await declare.getByRole('button', { name: 'Déclarer le lieu' }).click();
    // A postal code where the commune's INSEE code belongs: refused by partners, said beside the field.
    await place.getByTestId('declare-place-outcome').locator('.fr-alert--error').waitFor();
    await declare.locator('.fr-input-group--error', { has: place.getByLabel('Code INSEE de la commune') }).waitFor();
    await declare.getByLabel('Code INSEE de la commune').fill('80021');
    await declare.getByRole('button', { name: 'Déclarer le lieu' }).click();
    await place.getByText('Lieu déclaré : complétez sa description publique ci-dessous.').waitFor();
    await place.getByTestId('place-description').waitFor();
    expect(await place.getByTestId('place-description').getByLabel('Nom du lieu').inputValue()).toBe(placeName);
    await checked(place);

    // The platform's operator verifies the organisation.
    const operator = await openPage();
    await signInAs(operator, 'platform_operator@region');
    await operator.getByRole('heading', { level: 1, name: 'Structures à vérifier' }).waitFor();
    const toVerify = operator.getByRole('row').filter({ hasText: organisationName });
    await toVerify.waitFor();
    await checked(operator);
    await toVerify.getByRole('button', { name: 'Valider' }).click();
    await toVerify.waitFor({ state: 'detached' });

    // The place applies to the Somme's programme, its documents uploaded through the page.
    await go(place, 'candidature', 'Candidature');
    const programmes = place.getByRole('combobox', { name: 'Programme' });
    await programmes.waitFor();
    await programmes.selectOption(DEPARTEMENT_DEMO_IDS.programme);
    const application = place.locator('form', { hasText: 'Envoyer la candidature' });
    await application.getByLabel(/Relevé d’identité bancaire/).waitFor();
    const kinds = await application.locator('input[type="file"]').evaluateAll((all) => all.map((input) => (input as HTMLInputElement).name));
    for (const kind of kinds) {
      await place.locator(`#document-${kind}`).setInputFiles({ name: `${kind.toLowerCase()}.pdf`, mimeType: 'application/pdf', buffer: ONE_PAGE_PDF });
      await place.getByText(`${kind.toLowerCase()}.pdf (1 ko) envoyé.`).waitFor();
    }
    await application.getByLabel('IBAN du lieu').fill('FR76 3000 6000 0112 3456 7890 189');
    await checked(place);
    await application.getByRole('button', { name: 'Envoyer la candidature' }).click();
    await place.getByText(/Votre candidature est envoyée/).waitFor();

    // The Somme's programme manager qualifies it.
    const manager = await openPage();
    await signInAs(manager, 'programme_manager@somme');
    await go(manager, 'candidatures', 'Candidatures');
    await manager.getByRole('button', { name: `Ouvrir le dossier de ${placeName}` }).click();
    const file = manager.locator('section', { hasText: `Dossier de ${placeName}` });
    await file.getByRole('link', { name: 'bank_details_certificate.pdf' }).waitFor();
    await checked(manager);
    await file.getByRole('button', { name: 'Qualifier' }).click();
    await manager.getByText(`${placeName} : Le lieu est qualifié.`).waitFor();
    await place.reload();
    await place.getByTestId('application-status').getByText('Qualifié').waitFor();
    await checked(place);

    // The place asks for a new IBAN with its certificate; the Somme's finance officer approves it.
    await go(place, 'coordonnees-bancaires', 'Coordonnées bancaires');
    await place.getByTestId('iban-in-force').waitFor();
    await place.getByLabel('Nouvel IBAN').fill(NEW_IBAN);
    await place.getByLabel('Titulaire du compte').fill(organisationName);
    await place.locator('#certificate').setInputFiles({ name: 'rib.pdf', mimeType: 'application/pdf', buffer: ONE_PAGE_PDF });
    await checked(place);
    await place.getByRole('button', { name: 'Envoyer la demande' }).click();
    await place.getByText(/Demande envoyée/).waitFor();
    await place.getByTestId('bank-details-requests').getByText('En attente de validation').waitFor();
    const finance = await openPage();
    await signInAs(finance, 'finance_officer@somme');
    await go(finance, 'changements-rib', 'Changements de RIB à valider');
    const pending = finance.getByTestId('pending-bank-details');
    await pending.getByText(placeName).waitFor();
    await pending.getByText(NEW_IBAN).waitFor();
    await checked(finance);
    await pending.getByRole('button', { name: 'Valider' }).click();
    await pending.getByRole('button', { name: 'Confirmer la validation' }).click();
    await finance.getByText(/Changement validé/).waitFor();
    await place.reload();
    const history = place.getByTestId('bank-details-history');
    await history.getByText(NEW_IBAN).waitFor();
    await history.getByText('en vigueur').waitFor();
    expect(await place.getByTestId('iban-in-force').textContent()).toContain(NEW_IBAN);
    await checked(place);

    // A software vendor (set up through the API) gets a SANDBOX VENDOR key and asks the place's organisation.
    const api = new ApiSetup((query, variables, headers) => stack.query(query, variables, headers));
    const vendorId = DEMO_PARTNER_IDS.distributors[1];
    const vendorPerson: Headers = await api.person({ role: 'distributor', organisationId: vendorId, subject: 'journey-vendor-person' });
    const declared = await qualifiedPlaceNamed(api, placeName);
    const issued = await api.call(vendorPerson, `mutation($input: IssueCredentialInput!) { issueCredential(input: $input) { secret credential { kind environment } } }`, {
      input: { organisationId: vendorId, label: 'Caisse multi-lieux (essai)', scopes: ['read:own'], kind: 'VENDOR', environment: 'SANDBOX' },
    });
    expect(issued.issueCredential.credential).toEqual({ kind: 'VENDOR', environment: 'SANDBOX' });
    await api.call(vendorPerson, `mutation($input: RequestDelegationInput!) { requestDelegation(input: $input) { id } }`, {
      input: { vendorOrganisationId: vendorId, organisationId: declared.organisationId, scopes: [`redeem:place:${declared.id}`] },
    });

    // The place accepts the delegation in "Délégations", then opens its sandbox and reads a test pass.
    await go(place, 'delegations', 'Délégations');
    await place.getByRole('button', { name: /^Accepter la demande de / }).click();
    await place.getByRole('button', { name: /^Révoquer la délégation de / }).waitFor();
    await checked(place);
    await go(place, 'bac-a-sable', 'Bac à sable');
    await place.getByRole('button', { name: 'Ouvrir le bac à sable' }).click();
    const passes = place.locator('table', { hasText: 'Pass de test du bac à sable' });
    const ready = passes.locator('tbody tr', { hasText: 'Remis (à encaisser)' }).first();
    await ready.waitFor({ timeout: 30_000 });
    const [passNumber, code] = (await ready.locator('td').allTextContents()).map((cell) => cell.trim());
    await checked(place);

    // The vendor's key, acting for the place's organisation, redeems that pass at the new place through the gateway.
    const till = new PartnerClient({ endpoint: gateway.url, apiKey: issued.issueCredential.secret, onBehalfOf: declared.organisationId, retries: 0 });
    expect(await till.redeemPass({ passNumber, code }, declared.id)).toMatchObject({ passNumber, status: 'REDEEMED' });
    await place.reload();
    await passes.locator('tbody tr', { hasText: passNumber }).getByText('Encaissé').waitFor();
    await checked(place);
    for (const page of [place, operator, manager, finance]) await page.context().close();
  }, 300_000);
});

/** The place declared in the console, among those the Somme's programme qualified (as its manager reads them). */
async function qualifiedPlaceNamed(api: ApiSetup, name: string): Promise<{ id: string; organisationId: string }> {
  const manager = await api.person({ role: 'programme_manager', programmeId: DEPARTEMENT_DEMO_IDS.programme, organisationId: DEPARTEMENT_DEMO.ownerOrganisationId });
  const { places } = await api.call(manager, `query($p: ID!) { places(programmeId: $p, first: 100) { edges { node { id name organisation { id } } } } }`, { p: DEPARTEMENT_DEMO_IDS.programme });
  const found = places.edges.map((e: { node: { id: string; name: string; organisation: { id: string } } }) => e.node).find((p: { name: string }) => p.name === name);
  if (!found) throw new Error(`no place named ${name}`);
  return { id: found.id, organisationId: found.organisation.id };
}
