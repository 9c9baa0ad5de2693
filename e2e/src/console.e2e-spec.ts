// The back-office console in a real headless browser (Debian's chromium driven by
// playwright-core): the built console server in front of an in-process stack's gateway.
// Every request a page makes must go to the console's own origin: nothing from the internet.
import type { ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { DEMO_IDS, DEMO_PARTNER_IDS, DEMO_PLACES, DEMO_REGION } from '@pass-numerique/demo-programme';
import {
  activatedOrderOnTheApi,
  allocateOnTheApi,
  ApiSetup,
  APPLICATION_DOCUMENT_KINDS,
  openProgrammeOnTheApi,
  qualifyPlaceOnTheApi,
  signDistributorAgreement,
  type Headers,
  type ProgrammeOnTheApi,
} from '@pass-numerique/testing';
import { ROOT, startConsoleServer } from './console-server';
import { startStack, type Stack } from './stack';

// The README's screenshots are refreshed on demand (UPDATE_SCREENSHOTS=true npm test -- e2e/src/console); a plain run
// writes them to a temporary folder so that `npm test` leaves the working tree as it found it.
const SCREENSHOTS = process.env.UPDATE_SCREENSHOTS === 'true' ? join(ROOT, 'docs', 'console') : mkdtempSync(join(tmpdir(), 'console-screenshots-'));
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The console's development sign-in: the Région's staff, with their role in the demo programme and in the programmes the tests open. */
function startConsole(gatewayUrl: string, programmeIds: string[]) {
  return startConsoleServer(gatewayUrl, {
    programme_manager: { organisationId: DEMO_REGION.organisationId, programmeIds },
    finance_officer: { organisationId: DEMO_REGION.organisationId, programmeIds },
    funder_auditor: { organisationId: DEMO_PARTNER_IDS.state, programmeIds },
  });
}

describe('the back-office console in a browser', () => {
  let stack: Stack;
  let consoleServer: { url: string; process: ChildProcess };
  let browser: Browser;
  let api: ApiSetup;
  /** Programmes in the Somme opened for the tests before the console starts (its sign-in names them), one per test that needs one. */
  const sommeProgrammes: ProgrammeOnTheApi[] = [];
  const foreignRequests: string[] = [];

  beforeAll(async () => {
    stack = await startStack({ loadDemoData: { passes: false } });
    api = new ApiSetup((query, variables, headers) => stack.query(query, variables, headers));
    for (let i = 0; i < 4; i++) {
      const today = new Date().toISOString().slice(0, 10);
      sommeProgrammes.push(
        await openProgrammeOnTheApi(api, { ownerOrganisationId: DEMO_REGION.organisationId, perimeter: { level: 'DEPARTEMENT', code: '80' }, amount: i === 0 ? '40000.00' : '104.00', startsOn: today, code: `CONSOLE-${randomUUID().slice(0, 8).toUpperCase()}` }),
      );
    }
    consoleServer = await startConsole(stack.gateway.url, [DEMO_IDS.programme, ...sommeProgrammes.map((p) => p.id)]);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    mkdirSync(SCREENSHOTS, { recursive: true });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    consoleServer?.process.kill('SIGTERM');
    await stack?.stop();
  }, 60_000);

  afterEach(() => {
    // Fonts, icons and map shapes come from the console itself: not one request leaves its origin.
    expect(foreignRequests).toEqual([]);
  });

  async function openPage(viewport = { width: 1280, height: 900 }): Promise<Page> {
    const context = await browser.newContext({ viewport, locale: 'fr-FR' });
    const page = await context.newPage();
    page.setDefaultTimeout(8_000);
    page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
    page.on('console', (message) => message.type() === 'error' && console.error(`page console: ${message.text()}`));
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(consoleServer.url) && !url.startsWith('data:') && !url.startsWith('blob:')) foreignRequests.push(url);
    });
    return page;
  }

  async function signIn(page: Page, role: string, organisationId?: string) {
    await page.goto(`${consoleServer.url}/${organisationId ? `?org=${organisationId}` : ''}`);
    await page.locator(`button[data-role="${role}"]`).click();
    // Signed in: the role choice gives way to the role's page (on a phone the header's sign-out sits in the menu).
    await page.locator('button[data-role]').first().waitFor({ state: 'detached' });
  }

  it('shows the programme manager the demo dashboard with the founding decision’s figures, its map and drill-down', async () => {
    const page = await openPage();
    await signIn(page, 'programme_manager');
    const figures = page.getByTestId('key-figures');
    await expect(figures.textContent()).resolves.toMatch(/763\s900,00\s€/);
    await page.getByText('Plan de financement').waitFor();
    const text = (await page.locator('main').textContent()) ?? '';
    expect(text).toMatch(/488\s900,00\s€/);
    expect(text).toMatch(/2021.*427\s780,00\s€/s);
    // The map: the five départements of Hauts-de-France, each a keyboard-reachable button.
    await page.locator('path[data-departement]').first().waitFor();
    expect(await page.locator('path[data-departement]').evaluateAll((paths) => paths.map((p) => p.getAttribute('data-departement')).sort())).toEqual(['02', '59', '60', '62', '80']);
    await page.screenshot({ path: join(SCREENSHOTS, 'dashboard.png'), fullPage: true });
    await page.locator('path[data-departement="80"]').focus();
    await page.keyboard.press('Enter');
    const epcis = page.getByTestId('drill-EPCI');
    await epcis.locator('tbody tr').first().waitFor();
    expect(await epcis.locator('tbody tr').count()).toBe(10);
    await epcis.getByRole('button', { name: 'Page suivante' }).click();
    await epcis.getByText('Page 2').waitFor();
    await epcis.locator('tbody tr button').first().click();
    await page.getByTestId('drill-COMMUNE').locator('tbody tr').first().waitFor();
    // Sign-out returns to the role choice.
    await page.locator('[data-testid=sign-out]:visible').click();
    await page.locator('button[data-role="public"]').waitFor();
    await page.context().close();
  }, 30_000);

  /** A call through the gateway as programme staff (or anyone), retried while another service has not learnt of the data yet. */
  function staff(headers: Headers, query: string, variables: Record<string, unknown>, notYet: string[] = []): Promise<any> {
    return api.call(headers, query, variables, notYet);
  }

  /** Programme staff set up, through the API, a programme in the Somme with one activated order allocated to a distributor and a place qualified. */
  async function passesInHand(place = DEMO_PLACES.find((p) => p.inseeCode.startsWith('80'))!): Promise<{ programme: ProgrammeOnTheApi; rows: string[][]; distributorId: string }> {
    const distributorId = DEMO_PARTNER_IDS.distributors[0];
    const programme = sommeProgrammes.pop()!;
    await signDistributorAgreement(api, programme, distributorId, { level: 'DEPARTEMENT', code: '80' });
    await qualifyPlaceOnTheApi(api, programme, place);
    const { orderId, printed } = await activatedOrderOnTheApi(api, programme, 1);
    await allocateOnTheApi(api, programme, orderId, distributorId, 1);
    return { programme, rows: printed.map((p) => [p.bookletNumber, p.number, p.code]), distributorId };
  }

  it('lets a place redeem a pass on a phone, and refuses it the second time in plain French', async () => {
    const place = DEMO_PLACES.find((p) => p.inseeCode.startsWith('80'))!;
    const { rows, programme } = await passesInHand(place);
    const [, passNumber, verificationCode] = rows[1];
    await staff(programme.staff.manager, `mutation($input: HandOutInput!) { handOut(input: $input) { id } }`, {
      input: { passNumber, profile: { ageBand: 'FROM_26_TO_44', situation: 'JOB_SEEKER', residenceInseeCode: place.inseeCode, consent: true } },
    });

    const page = await openPage({ width: 390, height: 844 });
    await signIn(page, 'place', place.organisationId);
    await page.getByTestId('place-name').waitFor();
    await page.getByLabel('Numéro du pass').fill(passNumber);
    await page.getByLabel('Code de vérification').fill('ZZZZ');
    await page.getByRole('button', { name: 'Encaisser' }).click();
    await page.getByText('Le code de vérification compte 8 caractères.').waitFor();
    await page.getByLabel('Code de vérification').fill(verificationCode);
    await page.getByRole('button', { name: 'Vérifier' }).click();
    await page.getByTestId('redeem-outcome').getByText(/valable : 10,00\s€/).waitFor();
    await page.getByRole('button', { name: 'Encaisser' }).click();
    await page.getByTestId('redeem-outcome').getByText(/encaissé : 10,00\s€/).waitFor();
    await page.getByText(/Aucun relevé pour l’instant/).waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'place.png'), fullPage: true });
    // A second presentation of the same pass (the place presses again) is refused, in French.
    await page.getByText('QR code scanné').click();
    await page.locator('input[name=qrPayload]').fill(`PN1.${passNumber}.${verificationCode}`);
    await page.getByRole('button', { name: 'Encaisser' }).click();
    await page.getByTestId('redeem-outcome').getByText('Ce pass a déjà été encaissé : il ne peut pas l’être une seconde fois.').waitFor();
    // On a phone, nothing is wider than the screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.context().close();
  }, 30_000);

  it('lets a distributor hand a pass out with the pseudonymous profile form and a commune search', async () => {
    const { rows, distributorId } = await passesInHand();
    const page = await openPage({ width: 390, height: 844 });
    await signIn(page, 'distributor', distributorId);
    await page.getByText('Mes carnets').waitFor();
    await page.getByRole('button', { name: 'Remettre le pass' }).click();
    await page.getByText('Indiquez la tranche d’âge.').waitFor();
    const first = rows.find(([booklet]) => booklet === rows[0][0])!;
    await page.getByLabel('Pass à remettre').selectOption(first[1]);
    await page.getByLabel('Tranche d’âge').selectOption('FROM_60_TO_74');
    await page.getByLabel('Situation').selectOption('FAR_FROM_EMPLOYMENT');
    await page.getByLabel('Commune de résidence').fill('amien');
    await page.getByRole('option', { name: /^Amiens/ }).click();
    await page.getByText('La personne accepte').click();
    await page.getByRole('button', { name: 'Remettre le pass' }).click();
    await page.getByTestId('handout-outcome').getByText(`Pass ${first[1]} remis`, { exact: false }).waitFor();
    await page.getByTestId('distributor-figures').getByText(/remis/).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.context().close();
  }, 30_000);

  it('shows a public visitor open data only: no token sent, no personal field asked or received', async () => {
    const page = await openPage();
    const graphql: Array<{ authorization?: string; body: string; answer: Promise<string> }> = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/graphql')) graphql.push({ authorization: request.headers().authorization, body: request.postData() ?? '', answer: request.response().then((r) => r?.text() ?? '') });
    });
    await signIn(page, 'public');
    await page.getByTestId('open-figures').waitFor();
    await page.getByText(/Lieux qualifiés \(/).waitFor();
    expect(await page.locator('tbody tr').count()).toBeGreaterThan(0);
    expect(graphql.length).toBeGreaterThan(0);
    for (const call of graphql) {
      expect(call.authorization).toBeUndefined();
      const answer = await call.answer;
      expect(`${call.body}${answer}`).not.toMatch(/iban|contactPeople|residenceInseeCode|ageBand|"errors"/i);
    }
    await page.context().close();
  }, 30_000);

  async function goTo(page: Page, path: string) {
    await page.evaluate((hash) => (window.location.hash = hash), `#/${path}`);
  }

  it('lets the programme manager place an order checked as the API checks it, see it in progress, record its delivery and activate it', async () => {
    const programme = sommeProgrammes.shift()!;
    const programmeId = programme.id;
    const page = await openPage();
    await signIn(page, 'programme_manager');
    await goTo(page, 'commandes');
    await page.getByLabel('Programme', { exact: true }).selectOption(programmeId);
    await page.getByText('Aucune commande pour ce programme.').waitFor();

    // The form refuses what the API would refuse, in French, field by field, before sending anything.
    await page.getByLabel('Nombre de carnets').fill('0');
    await page.getByLabel('Valeur faciale d’un pass (€)').fill('dix');
    await page.getByLabel(/Taux des frais/).fill('150');
    await page.getByRole('button', { name: 'Passer la commande' }).click();
    await page.getByText('Une commande compte au moins 1 carnet et au plus 2 000 000 de pass.').waitFor();
    await page.getByText(/Montant invalide/).waitFor();
    await page.getByText('Le taux de frais est compris entre 0 et 100 %, au centième de point près.').waitFor();

    // 300 booklets of 10: 3,000 passes issued in one go. The answer is held back so the progress state is seen.
    await page.getByLabel('Nombre de carnets').fill('300');
    await page.getByLabel('Valeur faciale d’un pass (€)').fill('10,00');
    await page.getByLabel(/Taux des frais/).fill('4');
    await page.getByTestId('order-preview').getByText(/3\s000 pass, valeur faciale 30\s000,00\s€, frais 1\s200,00\s€/).waitFor();
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/graphql', async (route) => {
      if ((route.request().postData() ?? '').includes('ConsolePlaceOrder')) await held;
      await route.continue();
    });
    await page.getByRole('button', { name: 'Passer la commande' }).click();
    await page.getByTestId('order-progress').getByText(/Émission de 3\s000 pass en cours/).waitFor();
    expect(await page.getByRole('button', { name: 'Commande en cours…' }).isDisabled()).toBe(true);
    release();
    await page.getByTestId('place-order-outcome').getByText(/Commande passée : 3\s000 pass émis/).waitFor();
    await page.unroute('**/graphql');
    const orders = page.getByTestId('orders');
    await orders.getByText('Passée', { exact: true }).waitFor();
    const row = (await orders.locator('tbody tr').first().textContent()) ?? '';
    expect(row).toMatch(/300 × 10.*3\s000.*10,00\s€.*30\s000,00\s€.*1\s200,00\s€ \(4 %\)/);

    await orders.getByRole('button', { name: 'Marquer livrée' }).click();
    await page.getByTestId('order-outcome').getByText(/Livraison enregistrée/).waitFor();
    await orders.getByRole('button', { name: 'Activer' }).click();
    await page.getByLabel('Numéro du mandat de paiement').fill('#?');
    await page.getByRole('button', { name: 'Activer la commande' }).click();
    await page.getByText('Le numéro de mandat compte 1 à 64 caractères : lettres, chiffres, espaces ou / . _ -.').waitFor();
    await page.getByLabel('Numéro du mandat de paiement').fill('M-2024-000731');
    await page.getByRole('button', { name: 'Activer la commande' }).click();
    await page.getByTestId('order-outcome').getByText(/Commande activée sur le mandat M-2024-000731/).waitFor();
    await orders.getByText('Mandat M-2024-000731').waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'orders.png'), fullPage: true });

    const { passOrders } = await staff(programme.staff.manager, `query($id: ID!) { passOrders(programmeId: $id) { edges { node { status passCount paymentOrderNumber } } } }`, { id: programmeId });
    expect(passOrders.edges.map((e: any) => e.node)).toEqual([{ status: 'ACTIVATED', passCount: 3000, paymentOrderNumber: 'M-2024-000731' }]);
    await page.context().close();
  }, 30_000);

  it('shows the programme manager a re-allocation suggestion and moves the idle booklet to the distributor whose people use their passes, in one click', async () => {
    const [idle, busy] = [DEMO_PARTNER_IDS.distributors[1], DEMO_PARTNER_IDS.distributors[2]];
    const place = DEMO_PLACES.find((p) => p.inseeCode.startsWith('80'))!;
    const programme = sommeProgrammes.shift()!;
    const programmeId = programme.id;
    const manager = programme.staff.manager;
    await signDistributorAgreement(api, programme, idle, { level: 'DEPARTEMENT', code: '80' });
    await signDistributorAgreement(api, programme, busy, { level: 'DEPARTEMENT', code: '80' });
    await qualifyPlaceOnTheApi(api, programme, place);
    const { orderId, printed } = await activatedOrderOnTheApi(api, programme, 2);
    const [idleBooklet] = await allocateOnTheApi(api, programme, orderId, idle, 1);
    const [busyBooklet] = await allocateOnTheApi(api, programme, orderId, busy, 1);
    // The busy distributor hands its booklet out and 6 of its 10 passes are used; the idle one hands out nothing.
    await staff(manager, `mutation($input: HandOutInput!) { handOut(input: $input) { id } }`, {
      input: { bookletId: busyBooklet.id, profile: { ageBand: 'FROM_45_TO_59', situation: 'FAR_FROM_EMPLOYMENT', residenceInseeCode: '80021', consent: true } },
    });
    for (const { number: passNumber, code } of printed.filter((p) => p.bookletNumber === busyBooklet.number).slice(0, 6)) {
      await staff(manager, `mutation($input: RedeemPassInput!) { redeemPass(input: $input) { id } }`, { input: { pass: { passNumber, code }, placeId: place.id, idempotencyKey: randomUUID() } }, ['PLACE_NOT_QUALIFIED']);
    }

    const page = await openPage();
    await signIn(page, 'programme_manager');
    await goTo(page, 'alertes');
    await page.getByLabel('Programme', { exact: true }).selectOption(programmeId);
    await page.getByTestId('expiring').getByText('J-30').waitFor();
    expect(await page.getByTestId('expiring').textContent()).toMatch(/J-30.*J-15.*J-7/s);
    await page.getByTestId('distributor-funnels').getByText('Distributeurs (2)').waitFor();
    // Ten passes handed out are too few for the default minimum of 100: lower it to see the suggestion.
    await page.getByTestId('suggestions').getByText('Aucune réattribution suggérée pour l’instant.').waitFor();
    await page.getByLabel('À partir de (pass remis)').fill('5');
    await page.getByRole('button', { name: 'Appliquer' }).click();
    const suggestion = page.getByTestId('suggestions').locator('tbody tr');
    await suggestion.first().waitFor();
    expect(await suggestion.count()).toBe(1);
    expect(await suggestion.textContent()).toMatch(/10 \(1 carnet\).*60\s%/);
    await page.screenshot({ path: join(SCREENSHOTS, 'alerts.png'), fullPage: true });
    await suggestion.getByRole('button', { name: /^Déplacer vers/ }).click();
    await page.getByTestId('move-outcome').getByText(/1 carnet\(s\), 10 pass, déplacé\(s\)/).waitFor();
    await page.getByTestId('suggestions').getByText('Aucune réattribution suggérée pour l’instant.').waitFor();

    const { booklet } = await staff(manager, `query($id: ID!) { booklet(id: $id) { state distributor { id } } }`, { id: idleBooklet.id });
    expect(booklet).toEqual({ state: 'ALLOCATED', distributor: { id: busy } });
    await page.context().close();
  }, 30_000);

  it('lets a place keep its public description on a phone, each refusal shown beside its field', async () => {
    const place = DEMO_PLACES[0];
    const page = await openPage({ width: 390, height: 844 });
    await signIn(page, 'place', place.organisationId);
    await goTo(page, 'description');
    const form = page.getByTestId('place-description');
    await form.waitFor();
    expect(await page.getByLabel('Nom du lieu').inputValue()).toBe(place.name);
    // Checked here before sending: a summary longer than the standard's 280 characters.
    await page.getByLabel('Résumé (facultatif)').fill('x'.repeat(281));
    await page.getByRole('button', { name: 'Enregistrer la description' }).click();
    await form.locator('.fr-input-group--error', { hasText: 'Le résumé compte au plus 280 caractères.' }).waitFor();
    // Checked by the API (the OpenStreetMap syntax): its refusal names the field, shown beside it.
    await page.getByLabel('Résumé (facultatif)').fill('Ateliers numériques et aide aux démarches, avec ou sans rendez-vous.');
    await page.getByLabel('Horaires au format OpenStreetMap').fill('le mardi matin');
    await page.getByRole('button', { name: 'Enregistrer la description' }).click();
    await form.locator('.fr-input-group--error', { hasText: 'Horaires illisibles' }).waitFor();
    expect(await form.locator('.fr-input-group--error').count()).toBe(1);
    await page.getByLabel('Horaires au format OpenStreetMap').fill('Tu-Fr 09:00-12:00,14:00-17:30');
    await page.getByRole('button', { name: 'Enregistrer la description' }).click();
    await page.getByTestId('description-outcome').getByText(/Description enregistrée/).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: join(SCREENSHOTS, 'place-description.png'), fullPage: true });

    // The fields the form does not show went back as they were: the typologies and phone are kept.
    const { place: saved } = await staff({}, `query($id: ID!) { place(id: $id) { name openingHours summary typologies phone services } }`, { id: place.id });
    expect(saved).toMatchObject({ name: place.name, openingHours: 'Tu-Fr 09:00-12:00,14:00-17:30', summary: 'Ateliers numériques et aide aux démarches, avec ou sans rendez-vous.', typologies: place.typologies, phone: place.phone });
    expect(saved.services).toHaveLength(place.services.length);
    await page.context().close();
  }, 30_000);

  it('lets the programme manager qualify a place, refuse a suspension without a reason, suspend it with one and reinstate it', async () => {
    const name = `0 Essai qualification ${randomUUID().slice(0, 6)}`;
    // The place's own people describe it and apply to the demo programme; its manager decides in the console.
    const placePeople = await api.person({ role: 'place', organisationId: DEMO_PARTNER_IDS.distributors[3] });
    const { registerPlace } = await staff(placePeople, `mutation($input: RegisterPlaceInput!) { registerPlace(input: $input) { id } }`, {
      input: {
        organisationId: DEMO_PARTNER_IDS.distributors[3],
        description: { name, address: { street: '1 place de l’Hôtel de Ville', postalCode: '80000', inseeCode: '80021' }, services: ['EVERYDAY_DIGITAL_TOOLS'] },
      },
    });
    const documentIds = [];
    for (const kind of APPLICATION_DOCUMENT_KINDS) documentIds.push(await api.uploadDocument(placePeople, { placeId: registerPlace.id, programmeId: DEMO_IDS.programme, kind }));
    await staff(placePeople, `mutation($input: ApplyForQualificationInput!) { applyForQualification(input: $input) { id } }`, {
      input: { placeId: registerPlace.id, programmeId: DEMO_IDS.programme, iban: 'FR76 3000 6000 0112 3456 7890 189', documentIds },
    });

    const page = await openPage();
    await signIn(page, 'programme_manager');
    await goTo(page, 'lieux');
    const row = page.locator('tbody tr', { hasText: name });
    await row.getByText('Candidature').waitFor();
    await row.getByRole('button', { name: 'Qualifier' }).click();
    await page.getByText(`${name} est qualifié.`).waitFor();
    await row.getByRole('button', { name: 'Suspendre' }).click();
    await page.getByRole('button', { name: 'Confirmer la suspension' }).click();
    await page.getByText('Indiquez un motif.').waitFor();
    await page.getByLabel(`Motif de la suspension de ${name}`).fill('IBAN à vérifier');
    await page.getByRole('button', { name: 'Confirmer la suspension' }).click();
    await page.getByText(`${name} est suspendu.`).waitFor();
    await row.getByText('Suspendu').waitFor();
    await row.getByRole('button', { name: 'Rétablir' }).click();
    await page.getByText(`${name} est rétabli.`).waitFor();
    await row.getByText('Qualifié').waitFor();

    const demoManager = await api.person({ role: 'programme_manager', programmeId: DEMO_IDS.programme, organisationId: DEMO_REGION.organisationId });
    const { place } = await staff(demoManager, `query($id: ID!, $programmeId: ID!) { place(id: $id) { acceptsPasses(programmeId: $programmeId) qualification(programmeId: $programmeId) { history { action reason } } } }`, {
      id: registerPlace.id,
      programmeId: DEMO_IDS.programme,
    });
    expect(place.acceptsPasses).toBe(true);
    expect(place.qualification.history.map((h: any) => [h.action, h.reason ?? null])).toEqual([['APPLY', null], ['QUALIFY', null], ['SUSPEND', 'IBAN à vérifier'], ['REINSTATE', null]]);
    await page.context().close();
  }, 30_000);
});

