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
    await page.locator('[data-testid=sign-out]:visible').waitFor();
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
});

// Kept for the place and distributor flows below.
void randomUUID;
void DEMO_PARTNER_IDS;
void DEMO_PLACES;
void personToken;
