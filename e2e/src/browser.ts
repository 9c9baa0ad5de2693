// What the browser tests share: Debian's chromium driven by playwright-core, a page watched for
// what must not happen (page errors, console errors, failed requests, requests leaving the servers
// under test), axe-core's violations, and the development console's role picker.
import { readFileSync } from 'node:fs';
import { chromium, type Browser, type ConsoleMessage, type Page, type ViewportSize } from 'playwright-core';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** A headless chromium that reaches nothing but what the test points it at. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export interface WatchedPageOptions {
  /** Where what went wrong is written; a test expects it empty. */
  problems: string[];
  /** Origins (or prefixes) the page may fetch from, besides data: and blob:; without, requests are not watched. */
  allowedOrigins?: string[];
  /** A console error the test expects (an upload refused on purpose, a third party's page). */
  ignoreConsoleError?: (message: ConsoleMessage) => boolean;
  /** Also a problem: a request that failed (other than one the page gave up) or answered 400 and above. */
  watchFailedRequests?: boolean;
  viewport?: ViewportSize;
  timeout?: number;
  acceptDownloads?: boolean;
  /** Off to let the page's content security policy speak; axe is evaluated through the driver either way. */
  bypassCSP?: boolean;
}

/** A page in a new French-speaking context, its errors and stray requests written into `problems`. */
export async function openPage(browser: Browser, options: WatchedPageOptions): Promise<Page> {
  const { problems } = options;
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1280, height: 900 },
    locale: 'fr-FR',
    bypassCSP: options.bypassCSP ?? true,
    acceptDownloads: options.acceptDownloads ?? false,
  });
  const page = await context.newPage();
  page.setDefaultTimeout(options.timeout ?? 10_000);
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && !options.ignoreConsoleError?.(message)) problems.push(`console error: ${message.text()}`);
  });
  if (options.watchFailedRequests) {
    // A request the page itself gave up (a reload, a query replaced) is no failure.
    page.on('requestfailed', (request) => request.failure()?.errorText !== 'net::ERR_ABORTED' && problems.push(`request failed: ${request.url()} ${request.failure()?.errorText ?? ''}`));
    page.on('response', (response) => response.status() >= 400 && problems.push(`HTTP ${response.status()}: ${response.url()}`));
  }
  const allowed = options.allowedOrigins;
  if (allowed) {
    page.on('request', (request) => {
      const url = request.url();
      if (![...allowed, 'data:', 'blob:'].some((origin) => url.startsWith(origin))) problems.push(`foreign request: ${url}`);
    });
  }
  return page;
}

/**
 * axe-core's violations (WCAG 2.x A and AA, and best practices) in the page's `main`, or in the
 * whole document. axe is evaluated through the driver, which no content security policy governs.
 */
export async function axeViolations(page: Page, scope: 'main' | 'document' = 'main'): Promise<string[]> {
  await page.evaluate(AXE);
  return page.evaluate(
    async (inDocument) =>
      (await (window as any).axe.run(inDocument ? document : 'main')).violations.map((v: any) => `${v.id}: ${v.help} (${v.nodes.map((n: any) => n.target.join(' ')).join(', ')})`),
    scope === 'document',
  );
}

/** Signs in through the development console's role picker, as `role` of `organisationId` when given. */
export async function signInWithRolePicker(page: Page, consoleUrl: string, role: string, organisationId?: string): Promise<void> {
  await page.goto(`${consoleUrl}/${organisationId ? `?org=${organisationId}` : ''}`);
  await page.locator(`button[data-role="${role}"]`).click();
  await page.locator('button[data-role]').first().waitFor({ state: 'detached' });
}
