// The console for people who do not use it with their eyes or a mouse, and in French words:
// every page of every role has its own title, the skip link leads to the main content, the focus
// lands on the new page's heading, axe-core finds nothing; dates and months are written in French,
// the map's colours separate the départements it shows, the commune search is a keyboard
// combobox and the opening-hours grid writes the OpenStreetMap syntax.
import type { ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { DEMO_IDS, DEMO_PARTNER_IDS, DEMO_PLACES, DEMO_REGION } from '@pass-numerique/demo-programme';
import { startConsoleServer } from './console-server';
import { startStack, type Stack } from './stack';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const TITLE = / — Console pass numérique$/;

describe('the console, accessible and in French', () => {
  let stack: Stack;
  let consoleServer: { url: string; process: ChildProcess };
  let browser: Browser;
  const pageErrors: string[] = [];
  const place = DEMO_PLACES.find((p) => p.inseeCode.startsWith('80'))!;

  beforeAll(async () => {
    // The demo without the passes' simulated history, which takes minutes to load.
    stack = await startStack({ loadDemoData: { passes: false } });
    consoleServer = await startConsoleServer(stack.gateway.url, {
      programme_manager: { organisationId: DEMO_REGION.organisationId, programmeIds: [DEMO_IDS.programme] },
      finance_officer: { organisationId: DEMO_REGION.organisationId, programmeIds: [DEMO_IDS.programme] },
      funder_auditor: { organisationId: DEMO_PARTNER_IDS.state, programmeIds: [DEMO_IDS.programme] },
    });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    consoleServer?.process.kill('SIGTERM');
    await stack?.stop();
  }, 60_000);

  afterEach(() => {
    expect(pageErrors.splice(0)).toEqual([]);
  });

  async function signedIn(role: string, organisationId?: string): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'fr-FR', bypassCSP: true });
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    page.on('pageerror', (error) => pageErrors.push(`page error: ${error.message}`));
    page.on('console', (message) => message.type() === 'error' && pageErrors.push(`console: ${message.text()}`));
    // A page left while its queries run cancels them (ERR_ABORTED): only the others are failures.
    page.on('requestfailed', (request) => request.failure()?.errorText !== 'net::ERR_ABORTED' && pageErrors.push(`request failed: ${request.url()} ${request.failure()?.errorText}`));
    await page.goto(`${consoleServer.url}/${organisationId ? `?org=${organisationId}` : ''}`);
    await expect(page.title()).resolves.toBe('Connexion — Console pass numérique');
    await page.locator(`button[data-role="${role}"]`).click();
    await page.locator('button[data-role]').first().waitFor({ state: 'detached' });
    return page;
  }

  /** axe-core's violations on the page as it is now (WCAG 2.x A and AA, and best practices). */
  async function violations(page: Page): Promise<string[]> {
    await page.addScriptTag({ content: AXE });
    return page.evaluate(async () => (await (window as any).axe.run(document)).violations.map((v: any) => `${v.id}: ${v.help} (${v.nodes.map((n: any) => n.target.join(' ')).join(', ')})`));
  }

  /** The focus on the main content's h1, as a person navigating hears the new page named. */
  const focusOnHeading = (page: Page) => page.waitForFunction(() => document.activeElement?.tagName === 'H1' && document.activeElement.closest('main#content') !== null);

  /** Walks every page of the role's navigation by its links: a distinct title, the focus on the h1, no error notice, nothing for axe. */
  async function walkEveryPage(page: Page): Promise<Map<string, string>> {
    const links = await page.locator('nav.fr-nav a[href^="#/"]').evaluateAll((as) => as.map((a) => ({ href: a.getAttribute('href')!, text: a.textContent!.trim() })));
    expect(links.length).toBeGreaterThan(0);
    const titles = new Map<string, string>();
    for (const link of links.length > 1 ? [...links.slice(1), links[0]] : links) {
      // A role with one page is already on it: following its link is no navigation.
      const navigates = !page.url().endsWith(link.href);
      await page.locator(`nav.fr-nav a[href="${link.href}"]`).click();
      await page.waitForFunction((label) => document.title.startsWith(`${label} — `), link.text);
      if (navigates) {
        await focusOnHeading(page).catch(async () => {
          throw new Error(`${link.text}: the focus is on ${await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 120))}`);
        });
      }
      // Data first, then the checks: no page still loading, none showing a failure.
      await page.waitForFunction(() => document.querySelectorAll('main [aria-busy="true"]').length === 0);
      await page.waitForLoadState('networkidle');
      expect(await page.locator('main .fr-alert--error').allTextContents()).toEqual([]);
      expect(await page.locator('main').textContent()).not.toMatch(/vérifiez votre connexion/);
      expect(await violations(page)).toEqual([]);
      titles.set(link.href, await page.title());
    }
    expect(new Set(titles.values()).size).toBe(links.length);
    for (const title of titles.values()) expect(title).toMatch(TITLE);
    return titles;
  }

  async function mainText(page: Page) {
    return (await page.locator('main').innerText()).replace(/\s+/g, ' ');
  }

  it('gives every page of every role its own title, the focus on its heading, no error and no axe violation', async () => {
    for (const [role, organisationId] of [
      ['programme_manager'],
      ['finance_officer'],
      ['funder_auditor'],
      ['place', place.organisationId],
      ['distributor', DEMO_PARTNER_IDS.distributors[0]],
      ['public'],
    ] as Array<[string, string?]>) {
      const page = await signedIn(role, organisationId);
      await walkEveryPage(page);
      await page.context().close();
    }
  }, 300_000);

  it('leads past the header with the skip link, and links the accessibility statement from the footer', async () => {
    const page = await signedIn('place', place.organisationId);
    await page.locator('main h1').first().waitFor();
    // Freshly loaded, the page starts at its top: the first Tab reaches the skip link.
    await page.reload();
    await page.locator('main h1').first().waitFor();
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Aller au contenu');
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('content');
    // The page stays where it was: the link does not change the address's page.
    expect(page.url()).toMatch(/#\/lieu$/);

    await page.getByRole('link', { name: /Accessibilité : partiellement conforme/ }).click();
    await page.getByRole('heading', { name: 'Déclaration d’accessibilité', level: 1 }).waitFor();
    await focusOnHeading(page);
    await expect(page.title()).resolves.toBe('Accessibilité — Console pass numérique');
    expect(await mainText(page)).toMatch(/partiellement conforme/);
    expect(await violations(page)).toEqual([]);
    await page.context().close();
  }, 60_000);

  it('writes dates and months in French on the orders and statements pages', async () => {
    const manager = await signedIn('programme_manager');
    await manager.locator('nav.fr-nav a[href="#/commandes"]').click();
    await manager.getByRole('heading', { level: 1 }).waitFor();
    await manager.waitForLoadState('networkidle');
    expect(await mainText(manager)).not.toMatch(/\d{4}-\d{2}/);
    await manager.context().close();

    const desk = await signedIn('place', place.organisationId);
    await desk.locator('main h1').first().waitFor();
    await desk.waitForLoadState('networkidle');
    const text = await mainText(desk);
    expect(text).not.toMatch(/\d{4}-\d{2}/);
    await desk.context().close();
  }, 60_000);

  it('colours the map in bands cut from the départements it shows', async () => {
    const page = await signedIn('programme_manager');
    // The demo's usage as the issue saw it, every département between 62 and 78 %: fixed 20-point
    // bands painted them alike. The real answer, its figures by département replaced.
    await page.route('**/graphql', async (route) => {
      if (!/query Dashboard\b/.test(route.request().postData() ?? '')) return route.continue();
      const response = await route.fetch();
      const body = await response.json();
      const columns = body.data?.programmeByCode?.passes?.funnelColumns;
      if (columns) {
        columns.keys = ['02', '59', '60', '62', '80'];
        columns.handedOut = [1000, 1000, 1000, 1000, 1000];
        columns.redeemed = [620, 660, 700, 740, 780];
      }
      await route.fulfill({ response, json: body });
    });
    await page.reload();
    await page.locator('path[data-departement]').first().waitFor();
    await page.waitForFunction(() => [...document.querySelectorAll('path[data-departement]')].every((p) => p.getAttribute('data-band') !== '-1'));
    const bands = await page.locator('path[data-departement]').evaluateAll((paths) => paths.map((p) => p.getAttribute('data-band')));
    expect(bands).toHaveLength(5);
    expect(new Set(bands).size).toBe(5);
    expect(await page.locator('.console-map__legend').innerText()).toMatch(/62\s?%/);
    await page.context().close();
  }, 60_000);

  it('searches the commune of residence with the keyboard only (ARIA combobox)', async () => {
    const page = await signedIn('distributor', DEMO_PARTNER_IDS.distributors[0]);
    const field = page.getByRole('combobox', { name: /Commune de résidence/ });
    await field.focus();
    await page.keyboard.type('amien');
    await page.getByRole('option', { name: /^Amiens/ }).waitFor();
    await expect(field.getAttribute('aria-expanded')).resolves.toBe('true');
    await page.keyboard.press('ArrowDown');
    const active = await field.getAttribute('aria-activedescendant');
    expect(active).toBeTruthy();
    await expect(page.locator(`[id="${active}"]`).getAttribute('aria-selected')).resolves.toBe('true');
    await page.getByRole('status').filter({ hasText: /communes? trouvées?/ }).waitFor();
    await page.keyboard.press('Enter');
    await expect(field.inputValue()).resolves.toMatch(/^Amiens/);
    await expect(field.getAttribute('aria-expanded')).resolves.toBe('false');
    // Typing again reopens the list; Escape closes it.
    await page.keyboard.press('Backspace');
    await page.getByTestId('commune-suggestions').getByRole('option').first().waitFor();
    await page.keyboard.press('Escape');
    await expect(field.getAttribute('aria-expanded')).resolves.toBe('false');
    expect(await violations(page)).toEqual([]);
    await page.context().close();
  }, 60_000);

  it('writes the opening hours in the OpenStreetMap syntax from the grid, and says them in French', async () => {
    const page = await signedIn('place', place.organisationId);
    await page.locator('nav.fr-nav a[href="#/description"]').click();
    const grid = page.getByTestId('opening-hours-grid');
    await grid.waitFor();
    const raw = page.getByLabel('Horaires au format OpenStreetMap');
    await raw.fill('');
    for (const [label, time] of [
      ['lundi, première plage, ouverture', '09:00'],
      ['lundi, première plage, fermeture', '12:00'],
      ['lundi, seconde plage, ouverture', '14:00'],
      ['lundi, seconde plage, fermeture', '18:00'],
    ]) {
      await grid.getByLabel(label, { exact: true }).fill(time);
    }
    await page.getByRole('button', { name: 'Reprendre les horaires du lundi du mardi au vendredi' }).click();
    await expect(raw.inputValue()).resolves.toBe('Mo-Fr 09:00-12:00,14:00-18:00');
    await page.getByTestId('opening-hours-preview').getByText('Soit : du lundi au vendredi de 9 h à 12 h et de 14 h à 18 h.').waitFor();
    // Written by hand, a rule the grid does not show is kept, checked by the standard's library.
    await raw.fill('Mo-Fr 09:00-12:00; PH off');
    await page.getByText(/règles que la grille ne montre pas/).waitFor();
    await page.getByTestId('opening-hours-preview').getByText('Horaires valides.').waitFor();
    await raw.fill('le mardi matin');
    await page.getByText(/Horaires refusés par le format OpenStreetMap/).waitFor();
    await raw.fill('Sa 10:00-12:00');
    await grid.getByLabel('samedi, première plage, ouverture', { exact: true }).waitFor();
    await expect(grid.getByLabel('samedi, première plage, ouverture', { exact: true }).inputValue()).resolves.toBe('10:00');
    expect(await violations(page)).toEqual([]);
    await page.context().close();
  }, 60_000);
});
