// The console's pages for an organisation's software, in a real headless browser (Debian's
// chromium driven by playwright-core) in front of an in-process stack's gateway: API keys (issued
// with the secret shown once, revoked), delegations (a vendor asks, the organisation accepts and
// revokes), webhooks (registered, tested, its log, a replay, disabled, enabled, rotated, deleted).
// axe-core finds no violation on any of them, and no page logs an error.
import type { ChildProcess } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { DEMO_PARTNER_IDS, DEMO_PLACES } from '@pass-numerique/demo-programme';
import { axeViolations, launchChromium, openPage, signInWithRolePicker } from './browser';
import { startConsoleServer } from './console-server';
import { startStack, type Stack } from './stack';

describe('the console pages of partner software: keys, delegations, webhooks', () => {
  let stack: Stack;
  let consoleServer: { url: string; process: ChildProcess };
  let browser: Browser;
  let receiver: Server;
  let receiverUrl: string;
  const pageErrors: string[] = [];
  const place = DEMO_PLACES.find((p) => p.inseeCode.startsWith('80'))!;
  const vendorId = DEMO_PARTNER_IDS.distributors[1];

  beforeAll(async () => {
    stack = await startStack({ loadDemoData: { passes: false } });
    consoleServer = await startConsoleServer(stack.gateway.url);
    receiver = createServer((_, res) => res.writeHead(200).end());
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks`;
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    consoleServer?.process.kill('SIGTERM');
    receiver?.closeAllConnections();
    await new Promise((resolve) => receiver?.close(resolve));
    await stack?.stop();
  }, 60_000);

  afterEach(() => {
    expect(pageErrors).toEqual([]);
  });

  async function signedIn(role: 'place' | 'distributor', organisationId: string, path: string): Promise<Page> {
    const page = await openPage(browser, { problems: pageErrors });
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: consoleServer.url });
    await signInWithRolePicker(page, consoleServer.url, role, organisationId);
    await page.goto(`${consoleServer.url}/?org=${organisationId}#/${path}`);
    await page.locator('main h1').first().waitFor();
    return page;
  }

  it('issues a key whose secret is shown once, lists it and revokes it', async () => {
    const page = await signedIn('place', place.organisationId, 'cles-api');
    await page.getByRole('heading', { name: 'Clés d’API', level: 1 }).waitFor();
    await page.getByLabel('Libellé').fill('Caisse de l’accueil');
    await page.getByText(`Encaisser des pass au lieu « ${place.name} »`).click();
    await page.getByRole('button', { name: 'Créer la clé' }).click();
    const secret = page.getByTestId('secret-once');
    await expect(secret.textContent()).resolves.toMatch(/^pnk_/);
    await page.getByRole('button', { name: 'Copier' }).click();
    await page.getByRole('button', { name: 'Copié' }).waitFor();
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(await secret.textContent());
    expect(await axeViolations(page, 'document')).toEqual([]);
    await page.getByRole('button', { name: 'J’ai conservé le secret' }).click();
    await secret.waitFor({ state: 'detached' });
    const row = page.locator('tr', { hasText: 'Caisse de l’accueil' });
    await row.getByText('Active').waitFor();
    await row.getByRole('button', { name: 'Révoquer Caisse de l’accueil' }).click();
    await row.getByText('Révoquée').waitFor();
    await page.context().close();
  }, 60_000);

  it('lets a vendor ask for a delegation, and the organisation accept it and revoke it', async () => {
    const vendor = await signedIn('distributor', vendorId, 'delegations');
    await vendor.getByLabel('SIRET ou identifiant de l’organisation').fill(place.organisationId);
    await vendor.getByRole('button', { name: 'Rechercher' }).click();
    await vendor.getByText(`Encaisser des pass au lieu « ${place.name} »`).click();
    expect(await axeViolations(vendor, 'document')).toEqual([]);
    await vendor.getByRole('button', { name: 'Demander la délégation' }).click();
    await vendor.getByText(/Demande envoyée à/).waitFor();
    await vendor.locator('table', { hasText: 'Délégations demandées' }).getByText('En attente').waitFor();

    const organisation = await signedIn('place', place.organisationId, 'delegations');
    const accept = organisation.getByRole('button', { name: /^Accepter la demande de / });
    await accept.waitFor();
    expect(await axeViolations(organisation, 'document')).toEqual([]);
    await accept.click();
    const revoke = organisation.getByRole('button', { name: /^Révoquer la délégation de / });
    await revoke.click();
    await organisation.getByText('Aucune délégation en vigueur.').waitFor();

    await vendor.reload();
    await vendor.locator('table', { hasText: 'Délégations demandées' }).getByText('Révoquée').waitFor();
    await vendor.context().close();
    await organisation.context().close();
  }, 60_000);

  it('registers a webhook, tests it, shows its log with the attempts, replays, disables, enables, rotates and deletes it', async () => {
    const page = await signedIn('place', place.organisationId, 'webhooks');
    await page.getByLabel('Adresse (https)').fill(receiverUrl);
    await page.getByText('Relevé mensuel payé').click();
    await page.getByText('Délégation demandée par un éditeur').click();
    await page.getByRole('button', { name: 'Ajouter le webhook' }).click();
    await expect(page.getByTestId('secret-once').textContent()).resolves.toMatch(/^whsec_/);
    await page.getByRole('button', { name: 'J’ai conservé le secret' }).click();

    const hook = page.getByRole('region', { name: `Webhook ${receiverUrl}` });
    await hook.getByRole('button', { name: 'Tester' }).click();
    const log = hook.locator('table', { hasText: 'Journal des envois' });
    for (let i = 0; i < 50 && !(await log.getByText('Remis').count()); i++) {
      await page.waitForTimeout(200);
      await hook.getByRole('button', { name: 'Actualiser le journal' }).click();
    }
    await log.getByText('Remis').first().waitFor();
    await log.getByText('HTTP 200').first().waitFor();
    expect(await axeViolations(page, 'document')).toEqual([]);
    await log.getByRole('button', { name: 'Renvoyer' }).first().click();

    await hook.getByRole('button', { name: 'Désactiver' }).click();
    await hook.getByText(/^Désactivé/).waitFor();
    await hook.getByRole('button', { name: 'Réactiver' }).click();
    await hook.getByText(/^Actif/).waitFor();
    await hook.getByRole('button', { name: 'Changer le secret' }).click();
    await expect(page.getByTestId('secret-once').textContent()).resolves.toMatch(/^whsec_/);
    await hook.getByText(/ancien secret accepté jusqu’au/).waitFor();
    await page.getByRole('button', { name: 'J’ai conservé le secret' }).click();
    await hook.getByRole('button', { name: 'Supprimer' }).click();
    await page.getByText('Aucun webhook pour l’instant.').waitFor();
    await page.context().close();
  }, 60_000);
});
