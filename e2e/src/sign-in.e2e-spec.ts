// Real sign-in, in a real browser (Debian's chromium through playwright-core): the console server
// as an OpenID Connect client of the built development provider, and a gateway that checks
// people's tokens against the provider's JWKS URL. The Région's programme manager signs in through
// the provider's login form, sees her programme's dashboard and not the Somme's programme, signs
// out through the provider; the Somme's manager then signs in as herself; a token of another
// issuer is refused by the gateway.
import type { Browser, Page } from 'playwright-core';
import { SignJWT } from 'jose';
import { DEMO_IDS, DEPARTEMENT_DEMO } from '@pass-numerique/demo-programme';
import type { RunningGateway } from '@pass-numerique/gateway';
import { postGraphQL } from '@pass-numerique/testing';
import { launchChromium } from './browser';
import { freePort, providerSigningKey, startProviderGateway, startSignInServers, type SignInServers } from './sign-in-servers';
import { startStack, type Stack } from './stack';

const AUDIENCE = 'pass-numerique-api';
const BUDGET = 'query($id: ID!) { programme(id: $id) { code budget { committed { formatted } } } }';

describe('signing in to the console through an OpenID Connect provider', () => {
  let stack: Stack;
  let gateway: RunningGateway;
  let servers: SignInServers;
  let browser: Browser;
  let signingKey: Awaited<ReturnType<typeof providerSigningKey>>;
  const foreignRequests: string[] = [];

  beforeAll(async () => {
    stack = await startStack({ loadDemoData: { passes: false } });
    const providerPort = await freePort();
    const issuer = `http://127.0.0.1:${providerPort}`;
    signingKey = await providerSigningKey('sign-in-test');
    gateway = await startProviderGateway(stack, issuer, AUDIENCE);
    // Access tokens shorter-lived than the console's refresh margin: every call refreshes first.
    servers = await startSignInServers({ gatewayUrl: gateway.url, signingJwk: signingKey.privateJwk, audience: AUDIENCE, accessTokenSeconds: 20, providerPort });
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    servers?.stop();
    await gateway?.stop();
    await stack?.stop();
  }, 60_000);

  afterEach(() => {
    // The console's pages and the provider's login form load nothing from anywhere else.
    expect(foreignRequests).toEqual([]);
  });

  async function openPage(): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'fr-FR' });
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
    page.on('request', (request) => {
      const url = request.url();
      if (![servers.consoleUrl, servers.providerUrl, 'data:', 'blob:'].some((origin) => url.startsWith(origin))) foreignRequests.push(url);
    });
    return page;
  }

  /** A GraphQL call from the page, as the console's own code makes it: the session cookie, no token. */
  function fromPage(page: Page, query: string, variables: Record<string, unknown>) {
    return page.evaluate(
      async ({ query, variables }) => {
        const response = await fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
        return { status: response.status, body: await response.json() };
      },
      { query, variables },
    );
  }

  /** The signed-in person reads the budget of `own` and gets FORBIDDEN for `foreign`'s. */
  async function expectReads(page: Page, own: string, foreign: string) {
    const mine = await fromPage(page, BUDGET, { id: own });
    expect(mine.status).toBe(200);
    expect(mine.body.data.programme.budget.committed.formatted).toEqual(expect.any(String));
    const theirs = await fromPage(page, BUDGET, { id: foreign });
    expect(theirs.body.data?.programme?.budget ?? null).toBeNull();
    expect(theirs.body.errors.map((e: { extensions: { code: string } }) => e.extensions.code)).toContain('FORBIDDEN');
  }

  it('signs the Région’s programme manager in through the provider’s form, for her programmes only, and out again', async () => {
    const page = await openPage();
    await page.goto(servers.consoleUrl);
    await page.getByTestId('provider-sign-in').click();

    // The provider's login form: a wrong password is refused on the form itself.
    await page.waitForURL(`${servers.providerUrl}/interaction/**`);
    await page.getByLabel('Identifiant').fill('programme_manager@region');
    await page.getByLabel('Mot de passe').fill('not the password');
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.getByRole('alert').filter({ hasText: 'Identifiant ou mot de passe incorrect' }).waitFor();
    await page.getByLabel('Mot de passe').fill('demo');
    await page.getByRole('button', { name: 'Se connecter' }).click();

    // Back in the console, signed in: her name and role in the header, her programme's dashboard
    // with the founding decision's figures (the budget only the programme's staff read).
    await page.waitForURL(`${servers.consoleUrl}/**`);
    await page.getByText('Cheffe de programme — Région Hauts-de-France').first().waitFor();
    await expect(page.getByTestId('key-figures').textContent()).resolves.toMatch(/763\s900,00\s€/);
    // The console gives the browser a session cookie only: httpOnly, SameSite=Lax, no token readable
    // by a script. (Cookies ignore ports: the provider's own, on the same host here, are left out.)
    const cookies = (await page.context().cookies(servers.consoleUrl)).filter((c) => c.name.startsWith('pn_'));
    expect(cookies.map((c) => ({ name: c.name, httpOnly: c.httpOnly, sameSite: c.sameSite }))).toEqual([{ name: 'pn_console_session', httpOnly: true, sameSite: 'Lax' }]);
    expect(await page.evaluate(() => JSON.stringify(sessionStorage) + document.cookie)).not.toMatch(/eyJ/);

    // Her grants come from the provider's claims: the Région's programme, not the Somme's.
    await expectReads(page, DEMO_IDS.programme, DEPARTEMENT_DEMO.programme.id);

    // Sign-out goes through the provider's own sign-out page, then back to the console, signed out.
    await page.locator('[data-testid=sign-out]:visible').click();
    await page.waitForURL(`${servers.providerUrl}/session/end**`);
    await page.getByRole('button', { name: 'Oui, me déconnecter' }).click();
    await page.waitForURL(`${servers.consoleUrl}/**`);
    await page.getByTestId('provider-sign-in').waitFor();
    expect((await page.context().cookies(servers.consoleUrl)).filter((c) => c.name.startsWith('pn_'))).toEqual([]);
    expect(await page.evaluate(() => fetch('/auth/session').then((r) => r.json()))).toEqual({ provider: true, signedIn: false, signIn: '/auth/sign-in' });
    await page.context().close();
  }, 60_000);

  it('signs the Somme’s programme manager in as herself: her programme, not the Région’s', async () => {
    const page = await openPage();
    await page.goto(servers.consoleUrl);
    await page.getByTestId('provider-sign-in').click();
    await page.getByLabel('Identifiant').fill('programme_manager@somme');
    await page.getByLabel('Mot de passe').fill('demo');
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.waitForURL(`${servers.consoleUrl}/**`);
    await page.getByText('Cheffe de programme — Département de la Somme').first().waitFor();
    // Her dashboard is her programme's.
    await page.getByRole('heading', { level: 1, name: DEPARTEMENT_DEMO.programme.name }).waitFor();
    await expectReads(page, DEPARTEMENT_DEMO.programme.id, DEMO_IDS.programme);
    // Her session ends on the server (as after a restart of the console): the next page she opens offers the sign-in again.
    await page.context().addCookies([{ name: 'pn_console_session', value: 'ended', url: servers.consoleUrl, httpOnly: true, sameSite: 'Lax' }]);
    await page.getByRole('link', { name: 'Commandes' }).first().click();
    await page.getByTestId('provider-sign-in').waitFor();
    await page.context().close();
  }, 60_000);

  it('opens no session for a forged callback, ends a stale one, and lets a session speak only in the page’s JSON calls', async () => {
    // A callback that no sign-in of this browser started (no sign-in cookie, a made-up code and state).
    const forged = await fetch(`${servers.consoleUrl}/auth/callback?code=made-up&state=made-up&iss=${encodeURIComponent(servers.providerUrl)}`, { redirect: 'manual' });
    expect(forged.status).toBe(303);
    expect(forged.headers.get('location')).toBe('/?connexion=expiree');
    expect(forged.headers.getSetCookie().some((c) => c.startsWith('pn_console_session=') && !c.startsWith('pn_console_session=;'))).toBe(false);
    // A sign-in started, but its callback with another state (a replay from elsewhere): refused, no session.
    const started = await fetch(`${servers.consoleUrl}/auth/sign-in`, { redirect: 'manual' });
    const signInCookie = started.headers.getSetCookie()[0].split(';')[0];
    const replayed = await fetch(`${servers.consoleUrl}/auth/callback?code=made-up&state=another&iss=${encodeURIComponent(servers.providerUrl)}`, { redirect: 'manual', headers: { cookie: signInCookie } });
    expect(replayed.headers.get('location')).toBe('/?connexion=refusee');
    expect(replayed.headers.getSetCookie().some((c) => c.startsWith('pn_console_session=') && !c.startsWith('pn_console_session=;'))).toBe(false);
    // A session cookie the console does not know (ended, or made up): the call says so instead of going on as the public.
    const stale = await fetch(`${servers.consoleUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', cookie: 'pn_console_session=unknown' }, body: JSON.stringify({ query: '{ programmes { code } }' }) });
    expect(stale.status).toBe(401);
    expect(((await stale.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0].extensions.code).toBe('SESSION_EXPIRED');
    // Without a cookie the console passes calls on as the anonymous public.
    const anonymous = await fetch(`${servers.consoleUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ programmes { code } }' }) });
    expect(anonymous.status).toBe(200);

    // A real session, then a form-style post with its cookie (what another site could make a browser send): refused.
    const page = await openPage();
    await page.goto(`${servers.consoleUrl}/auth/sign-in`);
    await page.getByLabel('Identifiant').fill('finance_officer@region');
    await page.getByLabel('Mot de passe').fill('demo');
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.waitForURL(`${servers.consoleUrl}/**`);
    const session = (await page.context().cookies(servers.consoleUrl)).find((c) => c.name === 'pn_console_session')!;
    const formPost = await fetch(`${servers.consoleUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: `pn_console_session=${session.value}` }, body: 'query=%7B+programmes+%7B+code+%7D+%7D' });
    expect(formPost.status).toBe(415);
    // Sign-out is a POST: a link to it signs nobody out.
    expect((await fetch(`${servers.consoleUrl}/auth/sign-out`, { headers: { cookie: `pn_console_session=${session.value}` } })).status).toBe(404);
    expect(await page.evaluate(() => fetch('/auth/session').then((r) => r.json()))).toMatchObject({ signedIn: true, person: { subject: 'dev-region-finance_officer' } });
    await page.context().close();
  }, 60_000);

  it('refuses at the gateway a token of another issuer, even signed with the provider’s own key', async () => {
    const forged = await new SignJWT({ roles: [`programme_manager:${DEPARTEMENT_DEMO.programme.id}`] })
      .setProtectedHeader({ alg: 'ES256', kid: 'sign-in-test' })
      .setIssuer('https://un-autre-fournisseur.example')
      .setAudience(AUDIENCE)
      .setSubject('mallory')
      .setIssuedAt()
      .setExpirationTime('5m')
      .sign(signingKey.privateKey);
    const answer = await postGraphQL(gateway.url, BUDGET, { id: DEPARTEMENT_DEMO.programme.id }, { authorization: `Bearer ${forged}` });
    expect(answer.status).toBe(401);
    expect(answer.errors?.[0]?.extensions?.code).toBe('INVALID_TOKEN');
    // The same claims from the provider's issuer, signed by a key it does not publish: refused too.
    const stranger = await providerSigningKey('sign-in-test');
    const unpublished = await new SignJWT({ roles: [`programme_manager:${DEPARTEMENT_DEMO.programme.id}`] })
      .setProtectedHeader({ alg: 'ES256', kid: 'sign-in-test' })
      .setIssuer(servers.providerUrl)
      .setAudience(AUDIENCE)
      .setSubject('mallory')
      .setIssuedAt()
      .setExpirationTime('5m')
      .sign(stranger.privateKey);
    expect((await postGraphQL(gateway.url, BUDGET, { id: DEPARTEMENT_DEMO.programme.id }, { authorization: `Bearer ${unpublished}` })).status).toBe(401);
  });
});
