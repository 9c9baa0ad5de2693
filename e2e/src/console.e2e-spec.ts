// The back-office console in a real headless browser (Debian's chromium driven by
// playwright-core): the built console server in front of an in-process stack's gateway.
// Every request a page makes must go to the console's own origin: nothing from the internet.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { exportJWK } from 'jose';
import { chromium, type Browser, type Page } from 'playwright-core';
import { DEMO_PARTNER_IDS, DEMO_PLACES } from '@pass-numerique/demo-programme';
import { personToken, testPeopleKeys, TEST_TOKEN_AUDIENCE, TEST_TOKEN_ISSUER } from '@pass-numerique/testing';
import { startStack, type Stack } from './stack';

const ROOT = join(__dirname, '..', '..');
const SERVER_ENTRY = join(ROOT, 'dist', 'console-server', 'main.js');
const SCREENSHOTS = join(ROOT, 'docs', 'console');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** `npm test` builds first; a lone `npx jest` run builds the console when it was never built. */
function ensureConsoleBuilt() {
  if (existsSync(SERVER_ENTRY) && existsSync(join(ROOT, 'dist', 'console', 'index.html'))) return;
  const result = spawnSync(process.execPath, [join(ROOT, 'tools', 'platform', 'cli.mjs'), 'build', 'console'], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('the console could not be built');
}

async function startConsole(gatewayUrl: string): Promise<{ url: string; process: ChildProcess }> {
  const { privateKey } = await testPeopleKeys();
  const privateJwk = { ...(await exportJWK(privateKey)), kid: 'test', alg: 'ES256' };
  const child = spawn(process.execPath, [SERVER_ENTRY], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH,
      CONSOLE_PORT: '0',
      CONSOLE_MODE: 'development',
      CONSOLE_STATIC_DIR: join(ROOT, 'dist', 'console'),
      GATEWAY_URL: gatewayUrl,
      DEV_PEOPLE_PRIVATE_JWK: JSON.stringify(privateJwk),
      AUTH_ISSUER: TEST_TOKEN_ISSUER,
      AUTH_AUDIENCE: TEST_TOKEN_AUDIENCE,
      CONSOLE_DEV_IDENTITIES: JSON.stringify({}),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const found = /console listening on (http:\/\/[^\s]+)/.exec(output);
      if (found) resolve(found[1]);
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`console server exited (${code}): ${output}`)));
  });
  return { url, process: child };
}

describe('the back-office console in a browser', () => {
  let stack: Stack;
  let consoleServer: { url: string; process: ChildProcess };
  let browser: Browser;
  let managerToken: string;
  const foreignRequests: string[] = [];

  beforeAll(async () => {
    ensureConsoleBuilt();
    stack = await startStack({ loadDemoData: { passes: false } });
    consoleServer = await startConsole(stack.gateway.url);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    managerToken = await personToken({ role: 'programme_manager' });
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

  /** Programme staff set up, through the API, a programme in the Somme with one activated order allocated to a distributor. */
  async function passesInHand(): Promise<{ programmeId: string; rows: string[][]; distributorId: string }> {
    const staff = async (query: string, variables: Record<string, unknown>, notYet: string[] = []) => {
      for (let attempt = 0; ; attempt++) {
        const body = await stack.query(query, variables, { authorization: `Bearer ${managerToken}` });
        const code = body.errors?.[0]?.extensions?.code as string | undefined;
        if (!code) return body.data as any;
        if (!notYet.includes(code) || attempt > 100) throw new Error(`${code}: ${body.errors![0].message}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    };
    const today = new Date().toISOString().slice(0, 10);
    const code = `CONSOLE-${randomUUID().slice(0, 8).toUpperCase()}`;
    const distributorId = DEMO_PARTNER_IDS.distributors[0];
    const { openProgramme } = await staff(`mutation($input: OpenProgrammeInput!) { openProgramme(input: $input) { id } }`, {
      input: {
        code,
        name: `Console ${code}`,
        perimeter: { level: 'DEPARTEMENT', code: '80' },
        startsOn: today,
        endsOn: `${Number(today.slice(0, 4)) + 2}-12-31`,
        deliberation: {
          number: `${code}-DELIB`,
          decidedOn: today,
          body: 'STANDING_COMMITTEE',
          place: 'Amiens',
          chair: 'La présidence',
          subject: 'Essai de la console',
          vote: { for: 10, against: 0, abstention: 0, present: 10, proxies: 0, absent: 0, notVoting: 0 },
          outcome: 'ADOPTED_UNANIMOUSLY',
          decisions: ['Acquérir 10 pass numériques.'],
          cites: [],
        },
        authorisation: {
          kind: 'AE',
          amount: '104.00',
          budgetYear: Number(today.slice(0, 4)),
          imputation: { chapter: '935', function: '56', nature: '6518', programmeCode: '56000017', nomenclature: 'M57', nomenclatureVersion: '2024' },
          schedule: [{ budgetYear: Number(today.slice(0, 4)), amount: '104.00' }],
        },
      },
    });
    const programmeId = openProgramme.id;
    await staff(`mutation($input: SignAgreementInput!) { signAgreement(input: $input) { id } }`, {
      input: { programmeId, organisationId: distributorId, role: 'DISTRIBUTOR', scope: { level: 'DEPARTEMENT', code: '80' }, startsOn: today },
    });
    const { placeOrder } = await staff(`mutation($input: PlaceOrderInput!) { placeOrder(input: $input) { id } }`, { input: { programmeId, bookletCount: 1, bookletSize: 10 } }, ['PROGRAMME_UNKNOWN']);
    await staff(`mutation($id: ID!) { markOrderDelivered(orderId: $id) { status } }`, { id: placeOrder.id });
    await staff(`mutation($id: ID!) { activateOrder(orderId: $id, paymentOrderNumber: "MANDAT-${code}") { status } }`, { id: placeOrder.id });
    const { exportPrintFile } = await staff(`mutation($id: ID!) { exportPrintFile(orderId: $id) { csv } }`, { id: placeOrder.id });
    const [, ...rows] = (exportPrintFile.csv as string).trim().split('\n').map((line) => line.split(','));
    await staff(
      `mutation($input: AllocateBookletsInput!) { allocateBooklets(input: $input) { id } }`,
      { input: { distributorOrganisationId: distributorId, orderId: placeOrder.id, count: 1 } },
      ['NOT_A_DISTRIBUTOR', 'AGREEMENT_NOT_IN_FORCE'],
    );
    return { programmeId, rows, distributorId };
  }

  it('lets a place redeem a pass on a phone, and refuses it the second time in plain French', async () => {
    const { rows } = await passesInHand();
    const place = DEMO_PLACES.find((p) => p.inseeCode.startsWith('80'))!;
    const [, passNumber, verificationCode] = rows[1];
    const handOut = await stack.query(
      `mutation($input: HandOutInput!) { handOut(input: $input) { id } }`,
      { input: { passNumber, profile: { ageBand: 'FROM_26_TO_44', situation: 'JOB_SEEKER', residenceInseeCode: place.inseeCode, consent: true } } },
      { authorization: `Bearer ${managerToken}` },
    );
    expect(handOut.errors).toBeUndefined();

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
    await page.getByTestId('commune-suggestions').getByRole('button', { name: /^Amiens/ }).click();
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
});

