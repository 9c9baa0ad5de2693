// The public site for pass holders in a real headless browser on a phone's screen (Debian's
// chromium driven by playwright-core): the built site server in front of an in-process stack's
// gateway. Nothing is loaded from elsewhere than the site; axe-core finds no violation on any page.
import type { ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DEMO_PARTNER_IDS, DEMO_PLACES, DEMO_REGION } from '@pass-numerique/demo-programme';
import { activatedOrderOnTheApi, allocateOnTheApi, ApiSetup, openProgrammeOnTheApi, qualifyPlaceOnTheApi, signDistributorAgreement, type ProgrammeOnTheApi } from '@pass-numerique/testing';
import { axeViolations, launchChromium } from './browser';
import { ROOT, startSiteServer } from './site-server';
import { startStack, type Stack } from './stack';

// The README's screenshot is refreshed on demand (UPDATE_SCREENSHOTS=true npm test -- e2e/src/site); a plain run
// writes it to a temporary folder so that `npm test` leaves the working tree as it found it.
const SCREENSHOTS = process.env.UPDATE_SCREENSHOTS === 'true' ? join(ROOT, 'docs', 'site') : mkdtempSync(join(tmpdir(), 'site-screenshots-'));
const PHONE = { width: 390, height: 844 };
/** Near Amiens station. */
const HERE = { latitude: 49.8915, longitude: 2.3042 };
const IBAN = 'FR76 3000 6000 0112 3456 7890 189';

describe('the public site on a phone', () => {
  let stack: Stack;
  let site: { url: string; process: ChildProcess };
  let browser: Browser;
  let api: ApiSetup;
  let programme: ProgrammeOnTheApi;
  const foreignRequests: string[] = [];
  /** Passes handed out in the test programme: [number, code]. */
  let valid: [string, string];
  let used: [string, string];
  let guessed: [string, string];
  let expired: [string, string];
  const placeNames = { station: 'Espace numérique de la gare – Amiens', library: 'Bibliothèque Louis-Aragon – Amiens' };

  beforeAll(async () => {
    // The passes demo (68,750 passes) is not needed: the test programme's passes are enough.
    stack = await startStack({ loadDemoData: { passes: false } });
    api = new ApiSetup((query, variables, headers) => stack.query(query, variables, headers));
    programme = await openProgrammeOnTheApi(api, { ownerOrganisationId: DEMO_REGION.organisationId, perimeter: { level: 'DEPARTEMENT', code: '80' }, code: `SITE-${randomUUID().slice(0, 8).toUpperCase()}` });
    const distributorId = DEMO_PARTNER_IDS.distributors[0];
    await signDistributorAgreement(api, programme, distributorId, { level: 'DEPARTEMENT', code: '80' });
    // Two places of an Amiens organisation, with positions and open at any hour, qualified by the programme.
    const organisationId = DEMO_PLACES.find((p) => p.inseeCode === '80021')!.organisationId;
    const placePeople = await api.person({ role: 'place', organisationId });
    const places: string[] = [];
    for (const [name, latitude, longitude] of [
      [placeNames.station, 49.8906, 2.3077],
      [placeNames.library, 49.8946, 2.2957],
    ] as const) {
      const { registerPlace } = await api.call(placePeople, `mutation($input: RegisterPlaceInput!) { registerPlace(input: $input) { id } }`, {
        input: {
          organisationId,
          description: {
            name,
            address: { street: '1 place Alphonse Fiquet', postalCode: '80000', inseeCode: '80021' },
            location: { latitude, longitude },
            openingHours: '24/7',
            phone: '+33322000000',
            services: ['EVERYDAY_DIGITAL_TOOLS', 'ADMINISTRATIVE_PROCEDURES'],
            specificSupports: ['MOTOR_DISABILITIES'],
          },
        },
      });
      await qualifyPlaceOnTheApi(api, programme, { id: registerPlace.id, organisationId, iban: IBAN });
      places.push(registerPlace.id);
    }
    const { orderId, printed } = await activatedOrderOnTheApi(api, programme, 1);
    await allocateOnTheApi(api, programme, orderId, distributorId, 1);
    const inHand = printed.slice(0, 4).map((p) => [p.number, p.code] as [string, string]);
    for (const [passNumber] of inHand) {
      await api.call(programme.staff.manager, `mutation($input: HandOutInput!) { handOut(input: $input) { id } }`, {
        input: { passNumber, profile: { ageBand: 'FROM_26_TO_44', situation: 'JOB_SEEKER', residenceInseeCode: '80021', consent: true } },
      });
    }
    [valid, used, guessed, expired] = inHand;
    await api.call(
      programme.staff.manager,
      `mutation($input: RedeemPassInput!) { redeemPass(input: $input) { id } }`,
      { input: { pass: { passNumber: used[0], code: used[1] }, placeId: places[0], idempotencyKey: randomUUID() } },
      ['PLACE_NOT_QUALIFIED'],
    );
    // A pass whose last valid day has passed, as a pass handed out over a year ago would be: the
    // platform has no way to hand out in the past, so its day is moved back in the passes database.
    await stack.services.passes!.dataSource.query(`UPDATE pass SET valid_until = '2021-06-30' WHERE number = $1`, [Number(expired[0])]);

    site = await startSiteServer(stack.gateway.url);
    browser = await launchChromium();
    mkdirSync(SCREENSHOTS, { recursive: true });
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    site?.process.kill('SIGTERM');
    await stack?.stop();
  }, 60_000);

  afterEach(() => {
    // Fonts, icons and data come from the site itself: not one request leaves its origin.
    expect(foreignRequests).toEqual([]);
  });

  async function openPage(options: { located?: boolean; alsoFrom?: string[] } = {}): Promise<{ page: Page; context: BrowserContext; graphqlRequests: () => number }> {
    const context = await browser.newContext({
      viewport: PHONE,
      isMobile: true,
      hasTouch: true,
      locale: 'fr-FR',
      timezoneId: 'Europe/Paris',
      // axe is injected as a script, which the site's content security policy would refuse.
      bypassCSP: true,
      acceptDownloads: true,
      ...(options.located ? { permissions: ['geolocation'], geolocation: HERE } : {}),
    });
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
    let graphql = 0;
    page.on('request', (request) => {
      const url = request.url();
      if (url === `${site.url}/graphql`) graphql++;
      if (![site.url, 'data:', 'blob:', ...(options.alsoFrom ?? [])].some((allowed) => url.startsWith(allowed))) foreignRequests.push(url);
    });
    return { page, context, graphqlRequests: () => graphql };
  }

  async function checkPass(page: Page, number: string, code: string) {
    await page.locator('#pass-number').fill(number);
    await page.locator('#pass-code').fill(code);
    await page.getByRole('button', { name: 'Vérifier mon pass' }).click();
  }

  it('shows a valid pass’s validity and the nearest open places, typed with spaces and in lower case', async () => {
    const { page, context } = await openPage({ located: true });
    await page.goto(`${site.url}/`);
    expect(await page.title()).toBe('Mon pass — Pass numérique');
    await expect(page.locator('h1').count()).resolves.toBe(1);
    const [number, code] = valid;
    await checkPass(page, `${number.slice(0, 4)} ${number.slice(4, 8)} ${number.slice(8)}`, code.toLowerCase());
    await page.getByText('Votre pass est valable').waitFor();
    expect(await page.getByTestId('validity').textContent()).toMatch(/vaut 10,00\s€ et peut être utilisé jusqu’au \d{1,2} \S+ \d{4} inclus/);
    await expect(page.getByTestId('pass-result').textContent()).resolves.toContain(`Programme : Programme ${programme.code}`);
    // The phone already shares its position: the nearest places open now, nearest first.
    await page.getByTestId('place').first().waitFor();
    const names = await page.getByTestId('place').locator('h3').allTextContents();
    expect(names).toEqual([placeNames.station, placeNames.library]);
    await expect(page.getByTestId('opening-status').first().textContent()).resolves.toBe('Ouvert en permanence');
    await expect(page.getByTestId('finder-count').textContent()).resolves.toMatch(/^2 lieux autour de vous/);
    await page.screenshot({ path: join(SCREENSHOTS, 'mon-pass.png'), fullPage: true });
    expect(await axeViolations(page, 'document')).toEqual([]);
    await context.close();
  }, 60_000);

  it('tells a used, an expired and an unknown pass each in plain French', async () => {
    const { page, context } = await openPage();
    await page.goto(`${site.url}/#/mon-pass`);
    await checkPass(page, ...used);
    await page.getByText('Ce pass a déjà été utilisé').waitFor();
    await checkPass(page, ...expired);
    await page.getByText('Ce pass n’est plus valable').waitFor();
    await expect(page.getByTestId('pass-result').textContent()).resolves.toContain('était valable jusqu’au 30 juin 2021');
    // A number that is a pass's, with a code that is not its own: the same answer as a number that is none.
    await checkPass(page, valid[0], valid[1] === 'AAAAAAAA' ? 'BBBBBBBB' : 'AAAAAAAA');
    await page.getByText('Pass introuvable').waitFor();
    await expect(page.getByTestId('pass-result').textContent()).resolves.toContain('Nous ne trouvons aucun pass avec ce numéro et ce code');
    expect(await axeViolations(page, 'document')).toEqual([]);
    await context.close();
  }, 60_000);

  it('rejects malformed numbers and codes in the page, with what to fix, before any request', async () => {
    const { page, context, graphqlRequests } = await openPage();
    await page.goto(`${site.url}/`);
    await page.waitForLoadState('networkidle');
    const before = graphqlRequests();
    await checkPass(page, '1234 5678', 'ABCD');
    await page.getByText('Le numéro du pass compte 12 chiffres ; vous en avez saisi 8.').waitFor();
    await page.getByText('Le code compte 8 caractères ; vous en avez saisi 4.').waitFor();
    // Focus goes to the first field to fix.
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('pass-number');
    const [number, code] = valid;
    const mistyped = `${number.slice(0, 11)}${(Number(number[11]) + 1) % 10}`;
    await checkPass(page, mistyped, code);
    await page.getByText('un chiffre est sans doute mal recopié').waitFor();
    await checkPass(page, 'ABCD12345678', code);
    await page.getByText('ne contient que des chiffres').waitFor();
    await checkPass(page, number, 'ABCDEFGU');
    await page.getByText('Le code ne contient que des chiffres et des lettres (sans U)').waitFor();
    expect(graphqlRequests()).toBe(before);
    expect(await axeViolations(page, 'document')).toEqual([]);
    await context.close();
  }, 60_000);

  it('finds the places by commune (keyboard combobox), postal code and position, with plain messages for what does not exist', async () => {
    const { page, context, graphqlRequests } = await openPage({ located: true });
    await page.goto(`${site.url}/#/ou-l-utiliser?programme=${programme.id}`);
    await page.getByRole('heading', { level: 1, name: 'Où utiliser mon pass' }).waitFor();
    expect(await page.title()).toBe('Où utiliser mon pass — Pass numérique');
    const search = page.getByRole('combobox', { name: /Commune ou code postal/ });
    await search.fill('amie');
    await page.getByRole('option', { name: /^Amiens/ }).waitFor();
    await search.press('ArrowDown');
    await expect(search.getAttribute('aria-activedescendant')).resolves.toBeTruthy();
    await search.press('Enter');
    await expect(search.inputValue()).resolves.toBe('Amiens');
    await page.getByRole('button', { name: 'Rechercher' }).click();
    await expect(page.getByTestId('finder-count').textContent()).resolves.toMatch(/^2 lieux près de Amiens/);
    expect(await axeViolations(page, 'document')).toEqual([]);

    await search.fill('80000');
    await page.getByRole('button', { name: 'Rechercher' }).click();
    await page.getByTestId('finder-count').getByText(/^2 lieux près de Amiens/).waitFor();

    await page.getByRole('button', { name: 'Autour de moi' }).click();
    await page.getByTestId('finder-count').getByText(/^2 lieux autour de vous/).waitFor();
    expect(await page.getByTestId('place').locator('h3').first().textContent()).toBe(placeNames.station);

    // A postal code of the wrong length never leaves the page; one that no commune has gets its own message.
    const before = graphqlRequests();
    await search.fill('800');
    await page.getByRole('button', { name: 'Rechercher' }).click();
    await page.getByText('Un code postal compte 5 chiffres ; vous en avez saisi 3.').waitFor();
    await search.fill('Ville qui n’existe pas');
    await page.getByRole('button', { name: 'Rechercher' }).click();
    await page.getByText('Choisissez la commune dans la liste proposée').waitFor();
    expect(graphqlRequests() - before).toBeLessThanOrEqual(1); // the combobox's own search, nothing else
    await search.fill('99999');
    await page.getByRole('button', { name: 'Rechercher' }).click();
    await page.getByText('Aucune commune n’a ce code postal').waitFor();
    await context.close();
  }, 60_000);

  it('shows the places on a map when the site has a tile source, the list beside it, and no map without one', async () => {
    // A tile server of our own: every tile is the same small image, and every request is counted.
    const TILE = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
    const tileRequests: string[] = [];
    const tiles = createServer((req, res) => {
      tileRequests.push(req.url ?? '');
      res.writeHead(200, { 'content-type': 'image/png', 'content-length': String(TILE.length) }).end(TILE);
    });
    await new Promise<void>((done) => tiles.listen(0, '127.0.0.1', done));
    const tileOrigin = `http://127.0.0.1:${(tiles.address() as AddressInfo).port}`;
    const mapped = await startSiteServer(stack.gateway.url, { SITE_MAP_TILES: `${tileOrigin}/{z}/{x}/{y}.png`, SITE_MAP_ATTRIBUTION: '© tuiles de test' });
    try {
      // Its pages may load tiles from that server, and from nowhere else.
      const headers = (await fetch(`${mapped.url}/`)).headers;
      expect(headers.get('content-security-policy')).toContain(`img-src 'self' data: blob: ${tileOrigin};`);

      // This page comes from the site with a map, and its tiles from the configured server: nothing else.
      const { page, context } = await openPage({ located: true, alsoFrom: [mapped.url, tileOrigin] });
      await page.goto(`${mapped.url}/#/ou-l-utiliser?programme=${programme.id}`);
      await page.getByRole('button', { name: 'Autour de moi' }).click();
      await page.getByTestId('finder-count').getByText(/^2 lieux autour de vous/).waitFor();
      const map = page.getByRole('region', { name: 'Carte des 2 lieux de la liste ci-dessous' });
      await map.waitFor();
      // One circle per located place (drawn once Leaflet has loaded), and the tiles from the configured server.
      await map.locator('path.leaflet-interactive').nth(1).waitFor();
      await expect(map.locator('path.leaflet-interactive').count()).resolves.toBe(2);
      await map.getByText('© tuiles de test').waitFor();
      expect(tileRequests.length).toBeGreaterThan(0);
      expect(tileRequests.every((url) => /^\/\d+\/\d+\/\d+\.png$/.test(url))).toBe(true);
      // The list stays: the map adds nothing it does not say.
      await expect(page.getByTestId('place').count()).resolves.toBe(2);
      expect(await axeViolations(page, 'document')).toEqual([]);
      await context.close();

      // The site without a tile source shows the list alone.
      const plain = await openPage({ located: true });
      await plain.page.goto(`${site.url}/#/ou-l-utiliser?programme=${programme.id}`);
      await plain.page.getByRole('button', { name: 'Autour de moi' }).click();
      await plain.page.getByTestId('finder-count').getByText(/^2 lieux autour de vous/).waitFor();
      await expect(plain.page.getByTestId('places-map').count()).resolves.toBe(0);
      await plain.context.close();
    } finally {
      mapped.process.kill('SIGTERM');
      await new Promise((done) => tiles.close(done));
    }
  }, 60_000);

  it('says so when the position is outside France', async () => {
    const { page, context } = await openPage();
    await context.grantPermissions(['geolocation']);
    await context.setGeolocation({ latitude: 40.4168, longitude: -3.7038 }); // Madrid
    await page.goto(`${site.url}/#/ou-l-utiliser`);
    await page.getByRole('button', { name: 'Autour de moi' }).click();
    await page.getByText('Votre position semble hors de France').waitFor();
    await context.close();
  }, 30_000);

  it('shows the open figures with the suppression rule explained, and downloads them and the places as CSV', async () => {
    const { page, context } = await openPage();
    await page.goto(`${site.url}/#/chiffres-ouverts`);
    await page.getByRole('heading', { level: 1, name: 'Chiffres ouverts' }).waitFor();
    expect(await page.title()).toBe('Chiffres ouverts — Pass numérique');
    await page.getByLabel('Programme').selectOption({ label: `Programme ${programme.code}` });
    const table = page.getByTestId('figures-table');
    await table.locator('tbody tr').nth(1).waitFor();
    await expect(table.locator('caption').textContent()).resolves.toBe(`Programme ${programme.code} : chiffres par département de résidence`);
    const text = (await table.textContent()) ?? '';
    expect(text).toContain('Tout le programme');
    // Four people of Amiens: fewer than the threshold, so every figure is the statistical secret.
    expect(text).toMatch(/Somme \(80\)secret statistique/);
    await page.getByText(/Aucun chiffre publié ne décrit moins de \d+ personnes/).waitFor();
    expect(await axeViolations(page, 'document')).toEqual([]);

    const [figures] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /Chiffres par département/ }).click()]);
    expect(figures.suggestedFilename()).toMatch(/^pass-numerique-.+-departement\.csv$/);
    const figuresCsv = readFileSync((await figures.path())!, 'utf8');
    expect(figuresCsv.replace(/^\ufeff/, '').split(/\r?\n/).slice(0, 3)).toEqual(['level,code,name,people_helped,passes_handed_out,passes_redeemed,usage_rate,suppression', 'PROGRAMME,,programme,,,,,PRIMARY', 'DEPARTEMENT,80,Somme,,,,,PRIMARY']);
    const [places] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /Lieux du programme/ }).click()]);
    const placesCsv = readFileSync((await places.path())!, 'utf8');
    // The national standard's header, and the programme's two places.
    expect(placesCsv.replace(/^\ufeff/, '').split(/\r?\n/)[0]).toMatch(/^id,pivot,nom,/);
    expect(placesCsv).toContain(placeNames.station);
    expect(placesCsv).toContain(placeNames.library);
    await context.close();
  }, 60_000);

  it('has an accessibility statement, skip links, one title per page and focus moved to the heading on navigation', async () => {
    const { page, context } = await openPage();
    await page.goto(`${site.url}/`);
    // The page is drawn by script after the load: the first Tab is pressed once it is there.
    await page.getByRole('heading', { level: 1, name: 'Mon pass' }).waitFor();
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Contenu');
    await page.goto(`${site.url}/#/accessibilite`);
    await page.getByRole('heading', { level: 1, name: 'Déclaration d’accessibilité' }).waitFor();
    expect(await page.title()).toBe('Déclaration d’accessibilité — Pass numérique');
    expect(await axeViolations(page, 'document')).toEqual([]);
    await page.evaluate(() => (window.location.hash = '#/chiffres-ouverts'));
    await page.getByRole('heading', { level: 1, name: 'Chiffres ouverts' }).waitFor();
    await expect(page.evaluate(() => document.activeElement?.tagName + ':' + document.activeElement?.textContent)).resolves.toBe('H1:Chiffres ouverts');
    await context.close();
  }, 30_000);

  it('keeps the first page under 300 kB compressed', async () => {
    const { page, context } = await openPage();
    let bytes = 0;
    page.on('requestfinished', (request) => {
      void request.sizes().then((sizes) => (bytes += sizes.responseBodySize + sizes.responseHeadersSize));
    });
    await page.goto(`${site.url}/`);
    await page.waitForLoadState('networkidle');
    await new Promise((resolve) => setTimeout(resolve, 200));
    console.log(`first page: ${(bytes / 1024).toFixed(0)} kB transferred`);
    expect(bytes).toBeGreaterThan(10_000);
    expect(bytes).toBeLessThan(300_000);
    await context.close();
  }, 30_000);

  // Last: the address it blocks is every test's (the site's server calls the gateway from the same address).
  it('shows how long to wait when a pass is blocked after too many wrong codes', async () => {
    const [number, code] = guessed;
    for (let i = 0; i < 10; i++) {
      const wrong = `${'ABCDEFGHJK'[i]}${code.slice(1)}` === code ? `Z${code.slice(1)}` : `${'ABCDEFGHJK'[i]}${code.slice(1)}`;
      await stack.query(`query($pass: PresentedPassInput!) { myPass(pass: $pass) { state } }`, { pass: { passNumber: number, code: wrong } });
    }
    const { page, context } = await openPage();
    await page.goto(`${site.url}/`);
    await checkPass(page, number, code);
    await page.getByText('Trop d’essais pour ce pass ou depuis votre connexion. Par sécurité, réessayez dans 15 minutes.').waitFor();
    await context.close();
  }, 60_000);
});
