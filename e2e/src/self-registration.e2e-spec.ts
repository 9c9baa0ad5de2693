// Partners serve themselves, in a real browser (Debian's chromium through playwright-core): the
// built development provider, the built console server as its client, and a gateway that knows
// people through the provider's JWKS URL and the memberships partners holds. A new person creates
// an account at the provider, registers their organisation with its SIRET (a bad one and one
// already registered are refused in French), invites a colleague; the colleague creates an account
// and joins with the link; the platform's operator verifies the organisation. axe finds no
// violation on the new pages, and the console logs no error.
import type { Browser, Page } from 'playwright-core';
import type { RunningGateway } from '@pass-numerique/gateway';
import { axeViolations, launchChromium, openPage as openWatchedPage } from './browser';
import { freshSiret } from './cross-tenant-world';
import { freePort, providerSigningKey, startProviderGateway, startSignInServers, type SignInServers } from './sign-in-servers';
import { startStack, type Stack } from './stack';

const AUDIENCE = 'pass-numerique-api';

describe('partners serve themselves: self-registration, invitations and verification in the console', () => {
  let stack: Stack;
  let gateway: RunningGateway;
  let servers: SignInServers;
  let browser: Browser;
  const problems: string[] = [];

  beforeAll(async () => {
    stack = await startStack({ loadDemoData: { passes: false } });
    const providerPort = await freePort();
    const issuer = `http://127.0.0.1:${providerPort}`;
    const signingKey = await providerSigningKey('self-registration-test');
    gateway = await startProviderGateway(stack, issuer, AUDIENCE);
    servers = await startSignInServers({ gatewayUrl: gateway.url, signingJwk: signingKey.privateJwk, audience: AUDIENCE, accessTokenSeconds: 300, providerPort });
    browser = await launchChromium();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    servers?.stop();
    await gateway?.stop();
    await stack?.stop();
  }, 60_000);

  afterEach(() => {
    // The console logs no error and nothing is fetched from anywhere but the console and the provider.
    expect(problems).toEqual([]);
  });

  function openPage(): Promise<Page> {
    return openWatchedPage(browser, {
      problems,
      allowedOrigins: [servers.consoleUrl, servers.providerUrl],
      // The provider's pages are oidc-provider's, not the console's.
      ignoreConsoleError: (message) => !message.location().url.startsWith(servers.consoleUrl),
      timeout: 15_000,
    });
  }

  async function createAccount(page: Page, email: string, name: string) {
    await page.getByTestId('provider-sign-up').click();
    await page.waitForURL(`${servers.providerUrl}/interaction/**`);
    await page.getByRole('heading', { name: 'Créer un compte' }).waitFor();
    await page.getByLabel('Adresse électronique').fill(email);
    await page.getByLabel('Nom et prénom').fill(name);
    await page.getByLabel('Mot de passe').fill('court');
    // The browser's own check (minlength) is skipped to show the provider's.
    await page.locator('form').evaluate((form: HTMLFormElement) => form.setAttribute('novalidate', ''));
    await page.getByRole('button', { name: 'Créer mon compte' }).click();
    await page.getByRole('alert').filter({ hasText: 'au moins 8 caractères' }).waitFor();
    await page.getByLabel('Mot de passe').fill('un mot de passe solide');
    await page.getByRole('button', { name: 'Créer mon compte' }).click();
    await page.waitForURL(`${servers.consoleUrl}/**`);
  }

  it('lets a new person register their organisation, invite a colleague who joins with the link, and the operator verify it', async () => {
    const { data: demo } = await stack.query(`{ organisations(first: 50) { edges { node { siret } } } }`, {}, {});
    const takenSiret = demo.organisations.edges.map((e: { node: { siret: string | null } }) => e.node.siret).find(Boolean);
    const siret = freshSiret();
    const name = `Tiers-lieu inscrit ${siret.slice(-5)}`;

    // A new person: an account at the provider, signed in, "Ma structure" first.
    const founder = await openPage();
    await founder.goto(servers.consoleUrl);
    await createAccount(founder, `fondatrice-${siret}@exemple.fr`, 'Camille Fondatrice');
    await founder.getByRole('heading', { level: 1, name: 'Ma structure' }).waitFor();
    await founder.getByText('Camille Fondatrice').first().waitFor();
    expect(await axeViolations(founder)).toEqual([]);

    const register = async (siretTyped: string) => {
      await founder.getByLabel('SIRET').fill(siretTyped);
      await founder.getByLabel('Nom de la structure').fill(name);
      await founder.getByLabel('Forme juridique').selectOption('THIRD_PLACE');
      await founder.getByRole('textbox', { name: /^Adresse/ }).fill('12 rue de la République');
      await founder.getByLabel('Code postal', { exact: true }).fill('80000');
      await founder.getByLabel('Code INSEE de la commune').fill('80021');
      await founder.getByRole('button', { name: 'Inscrire la structure' }).click();
    };
    await register('12345678901234');
    await founder.getByText(/SIRET invalide/).waitFor();
    await register(takenSiret);
    await founder.getByText(/déjà inscrite : pour la rejoindre, demandez une invitation à l’un de ses administrateurs/).waitFor();
    expect(await axeViolations(founder)).toEqual([]);
    await register(siret);
    await founder.getByText(`« ${name} » est inscrite`).waitFor();
    await founder.getByRole('cell', { name: 'En attente de vérification' }).waitFor();

    // "Membres": she is its administrator; she invites a colleague and copies the link.
    await founder.goto(`${servers.consoleUrl}/#/membres`);
    await founder.getByRole('heading', { level: 2, name }).waitFor();
    await founder.getByRole('cell', { name: 'Administrateur' }).waitFor();
    await founder.getByLabel('Adresse électronique de la personne').fill('dominique@exemple.fr');
    await founder.getByRole('button', { name: 'Créer l’invitation' }).click();
    const link = (await founder.getByTestId('invitation-link').textContent())!.trim();
    expect(link).toMatch(new RegExp(`^${servers.consoleUrl}/\\?invitation=pni_`));
    await founder.getByRole('cell', { name: 'dominique@exemple.fr' }).waitFor();
    expect(await axeViolations(founder)).toEqual([]);

    // The colleague opens the link, creates an account, and joins with the code the link carried.
    const colleague = await openPage();
    await colleague.goto(link);
    await createAccount(colleague, `dominique-${siret}@exemple.fr`, 'Dominique Collègue');
    await colleague.getByRole('heading', { level: 1, name: 'Ma structure' }).waitFor();
    await expect(colleague.getByLabel('Code d’invitation').inputValue()).resolves.toMatch(/^pni_/);
    await colleague.getByRole('button', { name: 'Rejoindre' }).click();
    await colleague.getByText(`Vous êtes membre de « ${name} »`).waitFor();
    await colleague.getByRole('cell', { name }).waitFor();
    // Used once: the same code again is refused.
    await colleague.getByLabel('Code d’invitation').fill(new URL(link).searchParams.get('invitation')!);
    await colleague.getByRole('button', { name: 'Rejoindre' }).click();
    await colleague.getByText(/inconnu, expiré ou déjà utilisé/).waitFor();
    await colleague.goto(`${servers.consoleUrl}/#/membres`);
    await colleague.getByRole('cell', { name: 'dominique@exemple.fr' }).waitFor();
    await colleague.getByText('Seuls les administrateurs de la structure invitent et gèrent ses membres.').waitFor();

    // The platform's operator verifies it.
    const operator = await openPage();
    await operator.goto(servers.consoleUrl);
    await operator.getByTestId('provider-sign-in').click();
    await operator.getByLabel('Identifiant').fill('platform_operator@region');
    await operator.getByLabel('Mot de passe').fill('demo');
    await operator.getByRole('button', { name: 'Se connecter' }).click();
    await operator.waitForURL(`${servers.consoleUrl}/**`);
    await operator.getByRole('heading', { level: 1, name: 'Structures à vérifier' }).waitFor();
    const row = operator.getByRole('row').filter({ hasText: name });
    await row.waitFor();
    expect(await axeViolations(operator)).toEqual([]);
    await row.getByRole('button', { name: 'Valider' }).click();
    await row.waitFor({ state: 'detached' });

    await founder.goto(`${servers.consoleUrl}/#/structure`);
    await founder.getByRole('cell', { name: 'Vérifiée' }).waitFor();
    for (const page of [founder, colleague, operator]) await page.context().close();
  }, 120_000);
});
