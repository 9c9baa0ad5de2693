// The distributor's and the place's desks in a real browser (the built console in front of an
// in-process stack): the distributor is offered the next pass of each programme across all its
// booklets (not only the page of booklets shown), and a hand-out outside the perimeter is refused
// naming the territory that is valid; the place redeems on a phone (the form empties), finds the
// redemption in its latest ones and cancels it, reads its statements without a sideways scroll and
// downloads the statement's PDF, read back here: number, payee, table of passes, totals. axe finds
// nothing, and no page logs an error, fails a request or shows an unexpected error notice.
import type { ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { DEMO_PARTNER_IDS, DEMO_PLACES, DEMO_REGION } from '@pass-numerique/demo-programme';
import {
  activatedOrderOnTheApi,
  allocateOnTheApi,
  ApiSetup,
  eventually,
  openProgrammeOnTheApi,
  pdfTextLines,
  qualifyPlaceOnTheApi,
  signDistributorAgreement,
  type PrintedPass,
  type ProgrammeOnTheApi,
} from '@pass-numerique/testing';
import { axeViolations, launchChromium, openPage as openWatchedPage, signInWithRolePicker } from './browser';
import { startConsoleServer } from './console-server';
import { startStack, type Stack } from './stack';

const PHONE = { width: 390, height: 844 };
const PROFILE = { ageBand: 'FROM_26_TO_44', situation: 'JOB_SEEKER', consent: true };

describe('the distributor’s and the place’s desks in a browser', () => {
  let stack: Stack;
  let api: ApiSetup;
  let consoleServer: { url: string; process: ChildProcess };
  let browser: Browser;
  const problems: string[] = [];
  const distributorId = DEMO_PARTNER_IDS.distributors[0];
  const place = DEMO_PLACES.find((p) => p.inseeCode === '80021')!;
  /** Two programmes in the Somme: the first with seven booklets, the second with one. */
  let programmes: ProgrammeOnTheApi[];
  let printed: PrintedPass[];
  let booklets: Array<{ id: string; number: string }>;
  let programmeNames: string[];

  beforeAll(async () => {
    stack = await startStack({ loadDemoData: { passes: false } });
    api = new ApiSetup((query, variables, headers) => stack.query(query, variables, headers));
    const today = new Date().toISOString().slice(0, 10);
    programmes = [];
    for (const code of ['DESKS-A', 'DESKS-B']) {
      programmes.push(
        await openProgrammeOnTheApi(api, { ownerOrganisationId: DEMO_REGION.organisationId, perimeter: { level: 'DEPARTEMENT', code: '80' }, amount: '2000.00', startsOn: today, code: `${code}-${randomUUID().slice(0, 6).toUpperCase()}` }),
      );
    }
    for (const programme of programmes) await signDistributorAgreement(api, programme, distributorId, { level: 'DEPARTEMENT', code: '80' });
    await qualifyPlaceOnTheApi(api, programmes[0], place);
    const first = await activatedOrderOnTheApi(api, programmes[0], 7);
    printed = first.printed;
    booklets = await allocateOnTheApi(api, programmes[0], first.orderId, distributorId, 7);
    booklets.sort((a, b) => a.number.localeCompare(b.number));
    // The first six booklets (a whole page of booklets, and more) are handed out already.
    for (const booklet of booklets.slice(0, 6)) {
      await api.call(programmes[0].staff.manager, `mutation($input: HandOutInput!) { handOut(input: $input) { id } }`, {
        input: { bookletId: booklet.id, profile: { ...PROFILE, residenceInseeCode: '80021' } },
      });
    }
    const second = await activatedOrderOnTheApi(api, programmes[1], 1);
    await allocateOnTheApi(api, programmes[1], second.orderId, distributorId, 1);
    programmeNames = [];
    for (const programme of programmes) programmeNames.push((await api.call<any>(programme.staff.manager, `query($id: ID!) { programme(id: $id) { name } }`, { id: programme.id })).programme.name);

    consoleServer = await startConsoleServer(stack.gateway.url, {});
    browser = await launchChromium();
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    consoleServer?.process.kill('SIGTERM');
    await stack?.stop();
  }, 60_000);

  afterEach(() => {
    // Nothing logged as an error, no request failed or left the console's origin.
    expect(problems).toEqual([]);
  });

  function openPage(viewport = PHONE): Promise<Page> {
    return openWatchedPage(browser, { problems, allowedOrigins: [consoleServer.url], watchFailedRequests: true, viewport, acceptDownloads: true });
  }
  async function errorNotices(page: Page): Promise<string[]> {
    return page.locator('.fr-alert--error').allTextContents();
  }
  const noSidewaysScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

  it('offers the distributor the next pass of each programme across all its booklets, and names the valid territory when a hand-out is refused', async () => {
    const nextPass = printed.find((p) => p.bookletNumber === booklets[6].number)!;
    const page = await openPage();
    await signInWithRolePicker(page, consoleServer.url, 'distributor', distributorId);
    await page.getByText('Mes carnets').waitFor();
    // The booklet on the first page are all handed out; the next pass is in the seventh, on the second page.
    const choice = page.getByLabel('Pass à remettre');
    await choice.locator(`option[value="${nextPass.number}"]`).waitFor({ state: 'attached' });
    const groups = await choice.locator('optgroup').evaluateAll((all) => all.map((g) => [g.getAttribute('label'), g.textContent]));
    expect(groups.map(([label]) => label).sort()).toEqual([...programmeNames].sort());
    expect(groups.find(([label]) => label === programmeNames[0])?.[1]).toMatch(new RegExp(`${nextPass.number} \\(carnet ${booklets[6].number}\\) — 10 à remettre`));
    await choice.selectOption(nextPass.number);
    // Booklets show their programme.
    await page.getByTestId('booklets').getByText(programmeNames[0], { exact: false }).first().waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await page.getByLabel('Tranche d’âge').selectOption('FROM_60_TO_74');
    await page.getByLabel('Situation').selectOption('FAR_FROM_EMPLOYMENT');
    await page.getByRole('combobox', { name: /Commune de résidence/ }).fill('Lille');
    await page.getByRole('option', { name: 'Lille (59000)' }).click();
    await page.getByText('La personne accepte').click();
    await page.getByRole('button', { name: 'Remettre le pass' }).click();
    await page.getByTestId('handout-outcome').getByText('La commune de résidence est hors du territoire de ce pass : il ne peut être remis qu’à une personne habitant Somme (département).').waitFor();
    expect(await page.getByTestId('handout-outcome').textContent()).not.toContain('champ');

    await page.getByRole('combobox', { name: /Commune de résidence/ }).fill('amien');
    await page.getByRole('option', { name: /^Amiens/ }).click();
    // The rest of the form is kept after a refusal: consent is still given.
    await page.getByRole('button', { name: 'Remettre le pass' }).click();
    await page.getByTestId('handout-outcome').getByText(`Pass ${nextPass.number} remis`, { exact: false }).waitFor();
    // The next pass of the programme follows.
    const following = printed.filter((p) => p.bookletNumber === booklets[6].number).map((p) => p.number).sort()[1];
    await choice.locator(`option[value="${following}"]`).waitFor({ state: 'attached' });
    expect(await choice.inputValue()).toBe(following);
    expect(await errorNotices(page)).toEqual([]);
    expect(await noSidewaysScroll(page)).toBeLessThanOrEqual(390);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  }, 90_000);

  it('lets the place redeem on a phone with the form emptied after, cancel the redemption from its latest ones, and read its statement and PDF without a sideways scroll', async () => {
    const handedOut = printed.filter((p) => p.bookletNumber === booklets[0].number);
    const [atCounter, inStatement1, inStatement2] = handedOut;
    const page = await openPage();
    await signInWithRolePicker(page, consoleServer.url, 'place', place.organisationId);
    await page.getByTestId('place-name').waitFor();
    await page.getByText('Aucun pass encaissé ici pour l’instant.').waitFor();
    await page.getByLabel('Numéro du pass').fill(atCounter.number);
    await page.getByLabel('Code de vérification').fill(atCounter.code);
    await page.getByRole('button', { name: 'Encaisser' }).click();
    await page.getByTestId('redeem-outcome').getByText(/encaissé : 10,00\s€/).waitFor();
    expect(await page.getByLabel('Numéro du pass').inputValue()).toBe('');
    expect(await page.getByLabel('Code de vérification').inputValue()).toBe('');

    const redemption = page.getByTestId('redemption').filter({ hasText: atCounter.number });
    await redemption.waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await redemption.getByRole('button', { name: `Annuler l’encaissement du pass ${atCounter.number}` }).click();
    await redemption.getByRole('button', { name: 'Confirmer l’annulation' }).click();
    await redemption.getByText('Indiquez le motif de l’annulation (3 à 500 caractères).').waitFor();
    await redemption.getByLabel('Motif de l’annulation').fill('pass saisi par erreur');
    await redemption.getByRole('button', { name: 'Confirmer l’annulation' }).click();
    await redemption.getByText(/annulé le .*\(pass saisi par erreur\)/).waitFor();
    await page.getByTestId('redemption-announcement').getByText(`Encaissement du pass ${atCounter.number} annulé`, { exact: false }).waitFor({ state: 'attached' });
    expect(await redemption.getByRole('button', { name: /Annuler l’encaissement/ }).count()).toBe(0);
    const { pass } = await api.call<any>(programmes[0].staff.manager, `query($n: String!) { pass(number: $n) { status } }`, { n: atCounter.number });
    expect(pass.status).toBe('HANDED_OUT');

    // Two more passes redeemed and put on a statement of the month, approved: the bank details in force are recorded.
    const placePerson = await api.person({ role: 'place', organisationId: place.organisationId });
    const redemptionIds: string[] = [];
    for (const p of [inStatement1, inStatement2]) {
      const { redeemPass } = await api.call<any>(placePerson, `mutation($input: RedeemPassInput!) { redeemPass(input: $input) { id } }`, {
        input: { pass: { passNumber: p.number, code: p.code }, placeId: place.id, idempotencyKey: randomUUID() },
      });
      redemptionIds.push(redeemPass.id);
    }
    const statementId = randomUUID();
    const month = new Date().toISOString().slice(0, 7);
    await stack.services.passes!.dataSource.query(
      `INSERT INTO statement (id, programme_id, place_id, place_organisation_id, month, pass_count, gross_amount_cents, amount_cents, status, generated_at)
       VALUES ($1, $2, $3, $4, $5, 2, 2000, 2000, 'PENDING', now())`,
      [statementId, programmes[0].id, place.id, place.organisationId, month],
    );
    await stack.services.passes!.dataSource.query(`UPDATE redemption SET statement_id = $1 WHERE id = ANY($2::uuid[])`, [statementId, redemptionIds]);
    await api.call(programmes[0].staff.manager, `mutation($id: ID!) { approveStatement(statementId: $id) { id } }`, { id: statementId });
    const number: string = await eventually(
      async () => {
        const { statement } = await api.call<any>(placePerson, `query($id: ID!) { statement(id: $id) { number payeeBankDetails { iban } } }`, { id: statementId });
        return statement.payeeBankDetails ? statement.number : undefined;
      },
      15_000,
      'partners learning of the approval',
    );
    expect(number).toMatch(/^DESKS-A-.*-\d{4}-\d{2}-0001$/);

    await page.reload();
    const card = page.getByTestId('statement').filter({ hasText: number });
    await card.waitFor();
    expect(await card.textContent()).toMatch(new RegExp(`20,00\\s€ pour 2 pass.*Versé sur l’IBAN ${place.iban}`));
    expect(await noSidewaysScroll(page)).toBeLessThanOrEqual(390);
    expect(await errorNotices(page)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);

    const [download] = await Promise.all([page.waitForEvent('download'), card.getByRole('button', { name: /Justificatif PDF/ }).click()]);
    expect(download.suggestedFilename()).toBe(`releve-${number}.pdf`);
    const pdf = readFileSync((await download.path())!);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdfTextLines(pdf).join('\n');
    expect(text).toContain(`Relevé n° ${number}`);
    expect(text).toContain('Payeur');
    expect(text).toContain('Territoire : Somme');
    expect(text).toContain('Bénéficiaire');
    expect(text).toContain(place.name);
    expect(text).toContain('80000 Amiens');
    expect(text).not.toContain('(commune INSEE');
    expect(text).not.toContain(atCounter.number);
    for (const p of [inStatement1, inStatement2]) expect(text).toContain(p.number);
    expect(text).toMatch(/N°\nEncaissé le\nNuméro du pass\nMontant/);
    expect(text).toContain('Net à payer : 20,00 €');
    await page.context().close();
  }, 90_000);
});
