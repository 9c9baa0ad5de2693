// The finance workspace in a real browser (the built console in front of an in-process stack with
// funding's demo): the finance officer reads the co-funders' claims exactly as the API computes them,
// downloads the claim's CSV (the API's bytes: byte-order mark, semicolons) and the Excel workbook
// (opened here with exceljs), sees the budget years with payments, receipts and net apart, and pays
// statements in bulk after the programme manager approved them in bulk, each row with its own
// outcome. axe finds nothing, and no page logs an error, fails a request or shows an error notice.
import type { ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { Browser, Download, Page } from 'playwright-core';
import { DEMO_IDS, DEMO_PLACES, DEMO_REGION, FUNDING_DEMO_IDS } from '@pass-numerique/demo-programme';
import { ApiSetup, eventually, openProgrammeOnTheApi, type Headers, type ProgrammeOnTheApi } from '@pass-numerique/testing';
import { axeViolations, launchChromium, openPage as openWatchedPage, signInWithRolePicker } from './browser';
import { startConsoleServer } from './console-server';
import { startStack, type Stack } from './stack';


const CLAIMS = `query($id: ID!) {
  programme(id: $id) {
    status
    reconciliation { reconciled unsettledCount }
    budget {
      asOf
      paid { cents }
      years { budgetYear payments { cents formatted } receipts { cents formatted } net { cents formatted } }
      claims {
        coFunder { id kind displayName }
        entitlement { cents formatted } received { formatted } claimed { formatted } claimableNow { cents amount formatted } toRepay { formatted }
        csv
      }
    }
  }
}`;

describe('the finance workspace in a browser', () => {
  let stack: Stack;
  let api: ApiSetup;
  let finance: Headers;
  let consoleServer: { url: string; process: ChildProcess };
  let browser: Browser;
  /** A programme of the Région whose places' statements the tests write, apart from the demo's paid ones. */
  let statementsProgramme: ProgrammeOnTheApi;
  const problems: string[] = [];

  beforeAll(async () => {
    // The demo without passes' simulated history (which takes minutes to load): funding's own demo, the State's receipts and the engineering payments.
    stack = await startStack({ loadDemoData: { passes: false } });
    api = new ApiSetup((query, variables, headers) => stack.query(query, variables, headers));
    finance = await api.person({ role: 'finance_officer', programmeId: DEMO_IDS.programme, organisationId: DEMO_REGION.organisationId, subject: 'finance-workspace-e2e' });
    // Money that came back on the engineering contract in 2022, once as a credit note and once as a recovery: receipts, never negative payments.
    const RECEIPT = `mutation($input: RecordReceiptInput!) { recordReceipt(input: $input) { id } }`;
    await api.call(finance, RECEIPT, { input: { commitmentId: FUNDING_DEMO_IDS.engineeringCommitment, kind: 'CREDIT_NOTE', issuedOn: '2022-04-01', amount: '1000.00', reference: 'AV-2022-0001', payerName: 'Bureau d’études' } });
    await api.call(finance, RECEIPT, { input: { commitmentId: FUNDING_DEMO_IDS.engineeringCommitment, kind: 'RECOVERY', issuedOn: '2022-04-15', amount: '500.00', reference: 'TR-2022-0002', reason: 'Facture payée deux fois' } });
    statementsProgramme = await openProgrammeOnTheApi(api, { ownerOrganisationId: DEMO_REGION.organisationId, perimeter: { level: 'DEPARTEMENT', code: '80' }, code: `FIN-${randomUUID().slice(0, 8).toUpperCase()}` });
    const programmeIds = [DEMO_IDS.programme, statementsProgramme.id];
    consoleServer = await startConsoleServer(stack.gateway.url, {
      programme_manager: { organisationId: DEMO_REGION.organisationId, programmeIds },
      finance_officer: { organisationId: DEMO_REGION.organisationId, programmeIds },
      funder_auditor: { organisationId: DEMO_REGION.organisationId, programmeIds },
    });
    let serverOutput = '';
    consoleServer.process.stdout!.on('data', (chunk: Buffer) => (serverOutput = `${serverOutput}${chunk}`.slice(-4000)));
    consoleServer.process.stderr!.on('data', (chunk: Buffer) => (serverOutput = `${serverOutput}${chunk}`.slice(-4000)));
    consoleServer.process.once('exit', (code, signal) => signal !== 'SIGTERM' && problems.push(`console server exited (${code ?? signal}): ${serverOutput}`));
    browser = await launchChromium();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    consoleServer?.process.kill('SIGTERM');
    await stack?.stop();
  }, 60_000);

  afterEach(() => {
    expect(problems.splice(0)).toEqual([]);
  });

  function openPage(): Promise<Page> {
    // The console's content security policy in force: a page it would break shows here.
    return openWatchedPage(browser, { problems, allowedOrigins: [consoleServer.url], watchFailedRequests: true, timeout: 15_000, acceptDownloads: true, bypassCSP: false });
  }

  async function goTo(page: Page, path: string) {
    await page.evaluate((hash) => (window.location.hash = hash), `#/${path}`);
  }

  async function noErrorNotice(page: Page) {
    expect(await page.locator('main .fr-alert--error').allTextContents()).toEqual([]);
  }

  async function downloaded(download: Download): Promise<Buffer> {
    const path = await download.path();
    return readFileSync(path!);
  }

  it('shows the finance officer the claims the API computes, exports them as CSV and as an Excel workbook, and the budget years with payments, receipts and net', async () => {
    const { programme } = (await stack.query(CLAIMS, { id: DEMO_IDS.programme }, finance)).data;
    const claims: any[] = programme.budget.claims;
    const state = claims.find((c) => c.coFunder.kind === 'STATE');
    const feder = claims.find((c) => c.coFunder.kind === 'EU_FEDER');

    const page = await openPage();
    await signInWithRolePicker(page, consoleServer.url, 'finance_officer');
    await goTo(page, 'finances');
    const table = page.getByTestId('claims');
    await table.locator('tbody tr').first().waitFor();
    expect(await table.locator('tbody tr').count()).toBe(claims.length);
    for (const claim of claims) {
      const row = table.locator(`tr[data-co-funder="${claim.coFunder.kind}"]`);
      const figures = await row.locator('td[data-figure]').evaluateAll((cells) => Object.fromEntries(cells.map((c) => [c.getAttribute('data-figure'), c.textContent])));
      expect(figures).toEqual({
        entitlement: claim.entitlement.formatted,
        received: claim.received.formatted,
        claimed: claim.claimed.formatted,
        claimableNow: claim.claimableNow.formatted,
        toRepay: claim.toRepay.formatted,
      });
    }
    // The demo's figures, French: État and FEDER as the API computes them.
    expect(await table.locator('tr[data-co-funder="STATE"]').textContent()).toContain(state.entitlement.formatted);
    expect(await table.locator('tr[data-co-funder="EU_FEDER"]').textContent()).toContain(feder.entitlement.formatted);
    expect(state.entitlement.formatted).toMatch(/^\d{1,3}(\s\d{3})*,\d{2}\s€$/);

    // The State's claim as CSV: the API's own bytes, byte-order mark first, semicolons.
    const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: `CSV des pièces — ${state.coFunder.displayName}` }).click()]);
    expect(csvDownload.suggestedFilename()).toMatch(/\.csv$/);
    const csv = await downloaded(csvDownload);
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = csv.toString('utf8');
    expect(text.replace(/^\uFEFF/, '')).toBe(state.csv.replace(/^\uFEFF/, ''));
    const lines = text.replace(/^\uFEFF/, '').split('\r\n').filter((line) => line !== '');
    expect(lines[0]).toBe('section;item;date;budget_year;reference;invoice_reference;third_party;pass_count;amount_eur');
    expect(lines.some((line) => line.startsWith('payment;'))).toBe(true);
    expect(lines.find((line) => line.startsWith('summary;entitlement;'))).toMatch(new RegExp(`;${(state.entitlement.cents / 100).toFixed(2).replace('.', ',')}$`));

    // The workbook, built in the browser, opened here: a summary sheet and one sheet of evidence per co-funder.
    const [xlsxDownload] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), page.getByRole('button', { name: /Télécharger le classeur Excel/ }).click()]);
    expect(xlsxDownload.suggestedFilename()).toMatch(/\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await downloaded(xlsxDownload)) as any);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Synthèse', ...claims.map((c, i) => `${i + 1}. ${c.coFunder.displayName}`.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31))]);
    const summary = workbook.getWorksheet('Synthèse')!;
    const summaryRows = claims.map((_, i) => summary.getRow(5 + i));
    expect(summaryRows.map((r) => [r.getCell(1).value, r.getCell(4).value])).toEqual(claims.map((c) => [c.coFunder.displayName, c.entitlement.cents / 100]));
    const stateSheet = workbook.worksheets[1 + claims.indexOf(state)];
    const csvRows = lines.length;
    expect(stateSheet.rowCount).toBe(csvRows);
    const paymentsInCsv = lines.filter((line) => line.startsWith('payment;')).reduce((sum, line) => sum + Math.round(Number(line.split(';')[8].replace(',', '.')) * 100), 0);
    let paymentsInSheet = 0;
    stateSheet.eachRow((row) => {
      if (row.getCell(1).value === 'payment') paymentsInSheet += Math.round(Number(row.getCell(9).value) * 100);
    });
    expect(paymentsInSheet).toBe(paymentsInCsv);

    // The budget years: three series, the receipts never netted into the payments' bar, every figure drawn.
    const chart = page.getByTestId('budget-years-chart');
    const bars = await chart.locator('rect[data-series]').evaluateAll((rects) => rects.map((r) => ({ series: r.getAttribute('data-series'), year: Number(r.getAttribute('data-year')), cents: Number(r.getAttribute('data-cents')), height: Number(r.getAttribute('height')) })));
    const years: any[] = programme.budget.years;
    expect(bars.map(({ series, year, cents }) => ({ series, year, cents }))).toEqual(years.flatMap((y) => ['payments', 'receipts', 'net'].map((series) => ({ series, year: y.budgetYear, cents: y[series].cents }))));
    for (const bar of bars) expect({ ...bar, drawn: bar.cents === 0 || bar.height > 0 }).toEqual({ ...bar, drawn: true });
    expect(years.some((y) => y.receipts.cents > 0)).toBe(true);
    await page.getByTestId('budget-years').getByText(years[0].receipts.formatted).first().waitFor();

    await noErrorNotice(page);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  }, 120_000);

  it('lets the finance officer send a request for funds after a confirmation, refused above what may be claimed', async () => {
    // A programme whose only co-funder pays the rest, and one payment: that payment may be claimed now.
    const programmeId = statementsProgramme.id;
    const { staff } = statementsProgramme;
    const today = new Date().toISOString().slice(0, 10);
    await api.call(staff.manager, `mutation($input: SetFundingPlanInput!) { setFundingPlan(input: $input) { balanced } }`, {
      input: { programmeId, coFunders: [{ organisationId: DEMO_REGION.organisationId, displayName: 'Région Hauts-de-France — fonds propres', kind: 'OWN_FUNDS', rule: 'REMAINDER', planned: '10000.00', status: 'GRANTED' }] },
    });
    const { programme: opened } = await api.call(staff.finance, `query($id: ID!) { programme(id: $id) { authorisations { id } } }`, { id: programmeId });
    const { recordCommitment } = await api.call(staff.finance, `mutation($input: RecordCommitmentInput!) { recordCommitment(input: $input) { id } }`, {
      input: { authorisationId: opened.authorisations[0].id, kind: 'ENGINEERING', reference: 'MAPA-FIN-001', committedOn: today, amount: '1200.00' },
    });
    await api.call(staff.finance, `mutation($input: RecordPaymentInput!) { recordPayment(input: $input) { id } }`, {
      input: { commitmentId: recordCommitment.id, paymentOrderNumber: 'M-FIN-0001', paidOn: today, federEligible: false, amount: '1200.00', payeeName: 'Bureau d’études' },
    });
    const before = (await stack.query(CLAIMS, { id: programmeId }, staff.finance)).data.programme.budget.claims as any[];
    const claimable = before.find((c) => c.claimableNow.cents > 0);
    expect(claimable.claimableNow.cents).toBe(120_000);
    const page = await openPage();
    await signInWithRolePicker(page, consoleServer.url, 'finance_officer');
    await goTo(page, 'finances');
    await page.getByLabel('Programme', { exact: true }).selectOption(programmeId);
    const card = page.getByTestId(`claim-${claimable.coFunder.kind}`);
    await card.getByRole('button', { name: 'Préparer l’appel de fonds' }).waitFor();
    await card.getByLabel('Montant appelé (€)').fill(((claimable.claimableNow.cents + 1) / 100).toFixed(2).replace('.', ','));
    await card.getByLabel('Référence de l’appel de fonds').fill('AF-2022-001');
    await card.getByRole('button', { name: 'Préparer l’appel de fonds' }).click();
    await card.getByText(`Au plus ${claimable.claimableNow.formatted} peuvent être appelés maintenant.`).waitFor();
    await card.getByLabel('Montant appelé (€)').fill(claimable.claimableNow.amount.replace('.', ','));
    await card.getByRole('button', { name: 'Préparer l’appel de fonds' }).click();
    await card.getByRole('group', { name: 'Confirmation de l’appel de fonds' }).waitFor();
    await card.getByRole('button', { name: 'Confirmer l’appel de fonds' }).click();
    await page.getByText(`Appel de fonds AF-2022-001 enregistré : ${claimable.claimableNow.formatted}.`).waitFor();
    const after = ((await stack.query(CLAIMS, { id: programmeId }, staff.finance)).data.programme.budget.claims as any[]).find((c) => c.coFunder.id === claimable.coFunder.id);
    expect(after.claimed.formatted).toBe(claimable.claimableNow.formatted);
    expect(after.claimableNow.cents).toBe(0);
    await page.getByTestId('claims').locator(`tr[data-co-funder="${claimable.coFunder.kind}"] td[data-figure="claimableNow"]`).getByText(after.claimableNow.formatted).waitFor();
    await noErrorNotice(page);
    await page.context().close();
  }, 60_000);

  it('has the programme manager approve statements in bulk and the finance officer pay them in bulk, each row with its outcome; credit notes apart; the accounting export downloaded', async () => {
    const places = DEMO_PLACES.slice(0, 3);
    const ids: string[] = [];
    // Three places' statements of an ended month, as passes generates them (generation itself is passes' own tests').
    for (const place of places) {
      const id = randomUUID();
      await eventually(
        async () => {
          try {
            await stack.services.passes!.dataSource.query(
              `INSERT INTO statement (id, programme_id, place_id, place_organisation_id, month, pass_count, gross_amount_cents, amount_cents, status, generated_at)
               VALUES ($1, $2, $3, $4, '2024-01', 2, 2000, 2000, 'PENDING', now())`,
              [id, statementsProgramme.id, place.id, place.organisationId],
            );
            return true;
          } catch {
            return false;
          }
        },
        30_000,
        'passes to know the programme',
      );
      ids.push(id);
    }

    const manager = await openPage();
    await signInWithRolePicker(manager, consoleServer.url, 'programme_manager');
    await goTo(manager, 'releves');
    await manager.getByLabel('Programme', { exact: true }).selectOption(statementsProgramme.id);
    const statements = manager.getByTestId('statements');
    await statements.locator(`tr[data-statement="${ids[2]}"]`).waitFor();
    await statements.getByRole('checkbox', { name: 'Tout cocher sur cette page' }).check();
    // One of them is approved meanwhile (another tab): its row says why it was not, the others go through.
    await api.call(statementsProgramme.staff.manager, `mutation($id: ID!) { approveStatement(statementId: $id) { id } }`, { id: ids[0] });
    await manager.getByRole('button', { name: 'Approuver la sélection' }).click();
    await manager.getByText(/Approuver 3 relevé\(s\) pour 60,00\s€/).waitFor();
    await manager.getByRole('button', { name: 'Confirmer l’approbation' }).click();
    await manager.getByText('2 relevé(s) sur 3 approuvé(s) ; voyez le motif de chaque refus dans le tableau.').waitFor();
    expect(await statements.locator(`tr[data-statement="${ids[0]}"] [data-testid=statement-outcome]`).textContent()).toBe('Refusé : Ce relevé n’est plus en attente : il a déjà été approuvé.');
    for (const id of ids.slice(1)) expect(await statements.locator(`tr[data-statement="${id}"] [data-testid=statement-outcome]`).textContent()).toBe('Approuvé');
    await manager.context().close();

    const page = await openPage();
    await signInWithRolePicker(page, consoleServer.url, 'finance_officer');
    await goTo(page, 'releves');
    await page.getByLabel('Programme', { exact: true }).selectOption(statementsProgramme.id);
    const table = page.getByTestId('statements');
    await table.locator(`tr[data-statement="${ids[2]}"] td[data-status="APPROVED"]`).waitFor();
    // Finance officers pay; approving is the managers'.
    expect(await page.getByRole('button', { name: 'Approuver la sélection' }).count()).toBe(0);
    await table.getByRole('checkbox', { name: 'Tout cocher sur cette page' }).check();
    await page.getByLabel('Référence du paiement (virement)').fill('VIR 2024/02-17');
    await page.getByLabel('Payé le').fill('2024-02-17');
    await page.getByRole('button', { name: 'Marquer la sélection payée' }).click();
    await page.getByText(/Marquer payés 3 relevé\(s\) pour 60,00\s€, paiement VIR 2024\/02-17 du 17\/02\/2024/).waitFor();
    await page.getByRole('button', { name: 'Confirmer le paiement' }).click();
    await page.getByText('3 relevé(s) sur 3 marqué(s) payé(s).').waitFor();
    for (const id of ids) await table.locator(`tr[data-statement="${id}"] td[data-status="PAID"]`).getByText('Payé le 17/02/2024 (VIR 2024/02-17)').waitFor();
    const { statements: paid } = await api.call(statementsProgramme.staff.finance, `query($id: ID!) { statements(programmeId: $id) { edges { node { id status paymentReference paidOn } } } }`, { id: statementsProgramme.id });
    expect(paid.edges.map((e: any) => e.node).sort((a: any, b: any) => a.id.localeCompare(b.id))).toEqual(ids.map((id) => ({ id, status: 'PAID', paymentReference: 'VIR 2024/02-17', paidOn: '2024-02-17' })).sort((a, b) => a.id.localeCompare(b.id)));
    await noErrorNotice(page);
    expect(await axeViolations(page)).toEqual([]);

    // The demo programme: payments, and the credit notes of its unused passes apart from them.
    await page.getByLabel('Programme', { exact: true }).selectOption(DEMO_IDS.programme);
    await page.getByTestId('payments').locator('tbody tr').first().waitFor();
    const { programme } = await api.call(finance, `query($id: ID!) { programme(id: $id) { receipts(first: 20) { edges { node { kind reference amount { formatted } } } } accountingExport } }`, { id: DEMO_IDS.programme });
    const creditNote = programme.receipts.edges.map((e: any) => e.node).find((r: any) => r.kind === 'CREDIT_NOTE');
    expect(creditNote).toBeDefined();
    const creditNoteRow = page.getByTestId('credit-notes').locator('tbody tr', { hasText: creditNote.reference }).first();
    await creditNoteRow.getByText(creditNote.amount.formatted).waitFor();
    expect(await page.getByTestId('payments').locator('tbody tr', { hasText: creditNote.reference }).count()).toBe(0);
    await page.getByTestId('recoveries').locator('tbody tr', { hasText: 'TR-2022-0002' }).getByText('Facture payée deux fois').waitFor();
    expect(await page.getByTestId('credit-notes').locator('tbody tr', { hasText: 'TR-2022-0002' }).count()).toBe(0);

    const [exportDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Télécharger l’export comptable' }).click()]);
    const exported = await downloaded(exportDownload);
    expect([...exported.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(exported.toString('utf8').replace(/^\uFEFF/, '')).toBe(programme.accountingExport.replace(/^\uFEFF/, ''));
    expect(exported.toString('utf8').split('\r\n')[0]).toContain('budget_year;entry;number;date');
    await noErrorNotice(page);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  }, 120_000);

  it('shows a funder auditor the claims and statements read-only', async () => {
    const page = await openPage();
    await signInWithRolePicker(page, consoleServer.url, 'funder_auditor');
    await goTo(page, 'finances');
    await page.getByTestId('claims').locator('tbody tr').first().waitFor();
    expect(await page.getByRole('button', { name: 'Préparer l’appel de fonds' }).count()).toBe(0);
    await goTo(page, 'releves');
    await page.getByTestId('payments').locator('tbody tr').first().waitFor();
    expect(await page.getByRole('button', { name: /Approuver la sélection|Marquer la sélection payée/ }).count()).toBe(0);
    await noErrorNotice(page);
    await page.context().close();
  }, 60_000);
});
