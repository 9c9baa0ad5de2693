// An organisation's sandbox through the gateway: opened by its people, a SANDBOX key checks,
// redeems and hands out its test passes with the same API as real ones; the same key finds no
// real pass and a LIVE key no test pass; and nothing done in the sandbox moves a figure anywhere —
// public programme lists, open data, the places' file, a programme's dashboard, statements,
// funding. Then the console's page in a real headless browser: opened there, test passes with
// their codes, a test key issued (its secret shown once), axe-core finding no violation.
import type { ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import type { Browser } from 'playwright-core';
import { DEMO_PLACES, DEMO_REGION } from '@pass-numerique/demo-programme';
import {
  activatedOrderOnTheApi,
  allocateOnTheApi,
  apiKey,
  ApiSetup,
  eventually,
  openProgrammeOnTheApi,
  signDistributorAgreement,
  type Headers,
  type ProgrammeOnTheApi,
} from '@pass-numerique/testing';
import { axeViolations, launchChromium, openPage, signInWithRolePicker } from './browser';
import { startConsoleServer } from './console-server';
import { startStack, type Stack } from './stack';

const PROFILE = { ageBand: 'FROM_26_TO_44', situation: 'JOB_SEEKER', residenceInseeCode: '80021', consent: true };
const ISSUE = `mutation($input: IssueCredentialInput!) { issueCredential(input: $input) { secret credential { environment } } }`;
const SANDBOX = `query($id: ID!) { organisation(id: $id) { sandbox { programmeId name passes { number code status bookletId } } } }`;
const CHECK = `query($pass: PresentedPassInput!, $placeId: ID) { checkPass(pass: $pass, placeId: $placeId) { redeemable refusal } }`;
const ANONYMOUS: Headers = {};
const REDEEM = `mutation($input: RedeemPassInput!) { redeemPass(input: $input) { id status faceValue { cents } } }`;

interface TestPass {
  number: string;
  code: string;
  status: string;
  bookletId: string;
}

describe('an organisation’s sandbox', () => {
  let stack: Stack;
  let api: ApiSetup;
  let programme: ProgrammeOnTheApi;
  let placePerson: Headers;
  let realPass: { number: string; code: string };
  const place = DEMO_PLACES.find((p) => p.inseeCode === '80021')!;

  beforeAll(async () => {
    stack = await startStack({ loadDemoData: { passes: false } });
    api = new ApiSetup((query, variables, headers) => stack.query(query, variables, headers));
    // A real programme for which the organisation distributes passes, one of them in a beneficiary's hands.
    programme = await openProgrammeOnTheApi(api, { ownerOrganisationId: DEMO_REGION.organisationId, perimeter: { level: 'DEPARTEMENT', code: '80' }, code: `REEL-${randomUUID().slice(0, 8).toUpperCase()}` });
    await signDistributorAgreement(api, programme, place.organisationId, { level: 'DEPARTEMENT', code: '80' });
    const { orderId, printed } = await activatedOrderOnTheApi(api, programme, 1);
    await allocateOnTheApi(api, programme, orderId, place.organisationId, 1);
    realPass = { number: printed[0].number, code: printed[0].code };
    await api.call(programme.staff.manager, `mutation($input: HandOutInput!) { handOut(input: $input) { id } }`, { input: { passNumber: realPass.number, profile: PROFILE } });
    placePerson = await api.person({ role: 'place', organisationId: place.organisationId });
  }, 300_000);

  afterAll(async () => {
    await stack?.stop();
  }, 60_000);

  /** Everything the sandbox must never move, as the public, the programme's staff and the place's people read it. */
  async function figures() {
    const manager = programme.staff.manager;
    return {
      programmes: await api.call(ANONYMOUS, `{ programmes { id } }`),
      openData: await api.call(ANONYMOUS, `query($id: ID!) { openPassFiguresCsv(programmeId: $id, level: DEPARTEMENT) }`, { id: programme.id }),
      places: await api.call(ANONYMOUS, `{ placesCsv(qualifiedOnly: true) }`),
      dashboard: await api.call(manager, `query($id: ID!) { programmePasses(programmeId: $id) { funnel { ordered activated allocated handedOut redeemed } } }`, { id: programme.id }),
      statements: await api.call(placePerson, `{ statements(first: 50) { totalCount } }`),
      funnelRows: Number((await stack.services.passes!.dataSource.query(`SELECT count(*) FROM funnel_counter`))[0].count),
    };
  }

  it('lets a SANDBOX key check, redeem and hand out test passes, keeps keys and passes of each environment apart, and moves no figure', async () => {
    const before = await figures();

    const created = (await api.call(placePerson, `mutation($id: ID!) { createSandbox(organisationId: $id) { programmeId name } }`, { id: place.organisationId })).createSandbox;
    expect(created.name).toMatch(/^Bac à sable — /);
    const again = (await api.call(placePerson, `mutation($id: ID!) { createSandbox(organisationId: $id) { programmeId } }`, { id: place.organisationId })).createSandbox;
    expect(again.programmeId).toBe(created.programmeId);
    const passes: TestPass[] = await eventually(async () => {
      const listed = (await api.call(placePerson, SANDBOX, { id: place.organisationId })).organisation.sandbox.passes;
      return listed.length === 20 ? listed : undefined;
    }, 20_000, 'the test passes');

    const test = (await api.call(placePerson, ISSUE, { input: { organisationId: place.organisationId, label: 'Caisse (essai)', scopes: [`redeem:place:${place.id}`, `handout:distributor:${place.organisationId}`], environment: 'SANDBOX' } })).issueCredential;
    expect(test.secret).toMatch(/^pnk_test_/);
    expect(test.credential.environment).toBe('SANDBOX');
    const live = (await api.call(placePerson, ISSUE, { input: { organisationId: place.organisationId, label: 'Caisse', scopes: [`redeem:place:${place.id}`, `handout:distributor:${place.organisationId}`] } })).issueCredential;
    expect(live.secret).toMatch(/^pnk_(?!test_)/);
    const testKey = apiKey(test.secret);
    const liveKey = apiKey(live.secret);

    // The same API as for real passes.
    const ready = passes.find((p) => p.status === 'HANDED_OUT')!;
    expect((await stack.query(CHECK, { pass: { passNumber: ready.number, code: ready.code }, placeId: place.id }, testKey)).data.checkPass).toEqual({ redeemable: true, refusal: null });
    const redeemed = await stack.query(REDEEM, { input: { pass: { passNumber: ready.number, code: ready.code }, placeId: place.id, idempotencyKey: randomUUID() } }, testKey);
    expect(redeemed.errors).toBeUndefined();
    expect(redeemed.data.redeemPass).toMatchObject({ status: 'REDEEMED', faceValue: { cents: 1_000 } });
    const inBooklet = passes.find((p) => p.status === 'ISSUED')!;
    const handedOut = await stack.query(`mutation($input: HandOutInput!) { handOut(input: $input) { passCount } }`, { input: { passNumber: inBooklet.number, profile: PROFILE } }, testKey);
    expect(handedOut.errors).toBeUndefined();

    // A test key finds no real pass; a real key no test pass. Both answer as for a pass that does not exist, and write nothing.
    const onReal = await stack.query(REDEEM, { input: { pass: { passNumber: realPass.number, code: realPass.code }, placeId: place.id, idempotencyKey: randomUUID() } }, testKey);
    expect(onReal.errors?.[0].extensions?.code).toBe('UNKNOWN_PASS');
    expect((await stack.query(CHECK, { pass: { passNumber: realPass.number, code: realPass.code } }, testKey)).errors?.[0].extensions?.code).toBe('UNKNOWN_PASS');
    const other = passes.filter((p) => p.status === 'HANDED_OUT')[1];
    const onTest = await stack.query(REDEEM, { input: { pass: { passNumber: other.number, code: other.code }, placeId: place.id, idempotencyKey: randomUUID() } }, liveKey);
    expect(onTest.errors?.[0].extensions?.code).toBe('UNKNOWN_PASS');
    const after = (await api.call(placePerson, SANDBOX, { id: place.organisationId })).organisation.sandbox.passes as TestPass[];
    expect(after.find((p) => p.number === other.number)!.status).toBe('HANDED_OUT');
    // The live key, distributing the real programme's passes, still finds the real pass; the test key's attempts changed nothing of it.
    expect((await stack.query(CHECK, { pass: { passNumber: realPass.number, code: realPass.code } }, liveKey)).data.checkPass).toEqual({ redeemable: true, refusal: null });

    // Nothing moved: no public list names the sandbox, no figure, file or statement changed, and no event left for funding.
    expect(await figures()).toEqual(before);
    expect(before.programmes.programmes.map((p: { id: string }) => p.id)).not.toContain(created.programmeId);
    const announced = await stack.services.passes!.dataSource.query(`SELECT type FROM outbox_event WHERE payload::text LIKE $1`, [`%${created.programmeId}%`]);
    expect(announced).toEqual([]);
    // Funding knows the sandbox by name only (so that the other services' objects of it resolve), flagged as one.
    const known = await stack.services.funding!.dataSource.query(`SELECT sandbox FROM programme WHERE id = $1`, [created.programmeId]);
    expect(known).toEqual([{ sandbox: true }]);
    const distributorPerson = await api.person({ role: 'distributor', organisationId: place.organisationId });
    const next = (await api.call(distributorPerson, `query($id: ID!) { nextPassesToHandOut(organisationId: $id) { programme { id name } availableCount } }`, { id: place.organisationId })).nextPassesToHandOut;
    expect(next).toEqual(expect.arrayContaining([{ programme: { id: created.programmeId, name: created.name }, availableCount: 9 }]));
  }, 120_000);

  describe('the console page', () => {
    let consoleServer: { url: string; process: ChildProcess };
    let browser: Browser;
    const pageErrors: string[] = [];
    const other = DEMO_PLACES.find((p) => p.organisationId !== place.organisationId)!;

    beforeAll(async () => {
      consoleServer = await startConsoleServer(stack.gateway.url);
      browser = await launchChromium();
    }, 120_000);

    afterAll(async () => {
      await browser?.close();
      consoleServer?.process.kill('SIGTERM');
    });

    it('opens the sandbox, lists its test passes with their codes, issues a test key shown once, with no accessibility violation', async () => {
      const page = await openPage(browser, { problems: pageErrors, timeout: 15_000 });
      await signInWithRolePicker(page, consoleServer.url, 'place', other.organisationId);
      await page.goto(`${consoleServer.url}/?org=${other.organisationId}#/bac-a-sable`);
      await page.getByRole('heading', { name: 'Bac à sable', level: 1 }).waitFor();

      await page.getByRole('button', { name: 'Ouvrir le bac à sable' }).click();
      const table = page.locator('table', { hasText: 'Pass de test du bac à sable' });
      await table.getByText('Remis (à encaisser)').first().waitFor();
      expect(await table.locator('tbody tr').count()).toBe(20);
      await expect(page.getByTestId('sandbox-howto').textContent()).resolves.toContain('redeemPass');

      await page.getByLabel('Libellé de la clé de test').fill('Caisse d’essai');
      await page.getByRole('button', { name: 'Créer la clé de test' }).click();
      await expect(page.getByTestId('secret-once').textContent()).resolves.toMatch(/^pnk_test_/);
      expect(await axeViolations(page, 'document')).toEqual([]);
      await page.getByRole('button', { name: 'J’ai conservé le secret' }).click();
      await page.locator('table', { hasText: 'Clés de test de l’organisation' }).getByText('Caisse d’essai').waitFor();
      await page.context().close();
      expect(pageErrors).toEqual([]);
    }, 90_000);
  });
});
