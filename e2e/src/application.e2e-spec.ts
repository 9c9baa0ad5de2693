// A place applies to a programme with its documents, end to end in a real browser (the built
// console in front of the whole platform): the place's person uploads each document the programme
// asks for — a forged file refused in French, through the console server, the gateway and
// partners — and applies; the programme's manager opens the file, reads a document through its
// link and asks for changes; the place reads the message, replaces a document and applies again;
// the manager qualifies the place. axe finds no violation on either page, and the pages log no error.
import type { ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { DEMO_IDS, DEMO_PARTNER_IDS, DEMO_REGION } from '@pass-numerique/demo-programme';
import { ApiSetup, ONE_PAGE_PDF } from '@pass-numerique/testing';
import { axeViolations, launchChromium, openPage as openWatchedPage, signInWithRolePicker } from './browser';
import { startConsoleServer } from './console-server';
import { startStack, type Stack } from './stack';

/** A PNG's first bytes: a file the browser would call a PDF by its name. */
const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');

describe('a place applies with its documents; the programme reviews', () => {
  let stack: Stack;
  let api: ApiSetup;
  let consoleServer: { url: string; process: ChildProcess };
  let browser: Browser;
  const problems: string[] = [];
  const organisationId = DEMO_PARTNER_IDS.distributors[3];
  const name = `0 Espace candidature ${randomUUID().slice(0, 6)}`;
  let placeId: string;

  beforeAll(async () => {
    stack = await startStack({ loadDemoData: { passes: false } });
    api = new ApiSetup((query, variables, headers) => stack.query(query, variables, headers));
    const placePeople = await api.person({ role: 'place', organisationId, subject: 'dev-console-place' });
    const { registerPlace } = await api.call(placePeople, `mutation($input: RegisterPlaceInput!) { registerPlace(input: $input) { id } }`, {
      input: { organisationId, description: { name, address: { street: '2 rue des Jacobins', postalCode: '80000', inseeCode: '80021' }, services: ['EVERYDAY_DIGITAL_TOOLS'] } },
    });
    placeId = registerPlace.id;
    consoleServer = await startConsoleServer(stack.gateway.url, {
      programme_manager: { organisationId: DEMO_REGION.organisationId, programmeIds: [DEMO_IDS.programme] },
      place: { organisationId },
    });
    browser = await launchChromium();
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    consoleServer?.process.kill('SIGTERM');
    await stack?.stop();
  }, 60_000);
  afterEach(() => {
    // Nothing logged as an error, nothing fetched from elsewhere.
    expect(problems).toEqual([]);
  });

  function openPage(): Promise<Page> {
    return openWatchedPage(browser, {
      problems,
      allowedOrigins: [consoleServer.url],
      // The forged file's refusal is an expected 422 of the upload, which the browser reports as a failed resource.
      ignoreConsoleError: (message) => /status of 422/.test(message.text()),
    });
  }
  /** The new place, when the organisation's other places are offered too (a list appears from two places). */
  async function choosePlace(page: Page) {
    await page.waitForLoadState('networkidle');
    const select = page.getByRole('combobox', { name: 'Lieu', exact: true });
    if ((await select.count()) > 0) await select.selectOption({ label: name });
  }
  const pdf = (fileName: string) => ({ name: fileName, mimeType: 'application/pdf', buffer: ONE_PAGE_PDF });

  it('takes the application through changes asked, a new application and a qualification', async () => {
    const applying = await openPage();
    await signInWithRolePicker(applying, consoleServer.url, 'place', organisationId);
    await applying.goto(`${consoleServer.url}/#/candidature`);
    await choosePlace(applying);
    const form = applying.locator('form', { hasText: 'Envoyer la candidature' });
    await form.getByLabel(/Relevé d’identité bancaire/).waitFor();
    const inputs = form.locator('input[type="file"]');
    const kinds = await inputs.evaluateAll((all) => all.map((input) => (input as HTMLInputElement).name));
    expect(kinds).toEqual(expect.arrayContaining(['BANK_DETAILS_CERTIFICATE', 'STATUTES']));

    // A PNG called a PDF: refused by partners, said in French, nothing kept.
    await applying.locator('#document-STATUTES').setInputFiles({ name: 'statuts.pdf', mimeType: 'application/pdf', buffer: PNG });
    await applying.getByText(/Le contenu de ce fichier ne correspond pas à son type/).waitFor();
    expect(await form.getByRole('button', { name: 'Envoyer la candidature' }).isDisabled()).toBe(true);

    for (const kind of kinds) {
      await applying.locator(`#document-${kind}`).setInputFiles(pdf(`${kind.toLowerCase()}.pdf`));
      await applying.getByText(`${kind.toLowerCase()}.pdf (1 ko) envoyé.`).waitFor();
    }
    await form.getByLabel('IBAN du lieu').fill('FR76 3000 6000 0112 3456 7890 189');
    expect(await axeViolations(applying)).toEqual([]);
    await form.getByRole('button', { name: 'Envoyer la candidature' }).click();
    await applying.getByText(/Votre candidature est envoyée/).waitFor();
    await applying.getByTestId('application-status').getByText('Candidature').waitFor();

    const reviewing = await openPage();
    await signInWithRolePicker(reviewing, consoleServer.url, 'programme_manager');
    await reviewing.goto(`${consoleServer.url}/#/candidatures`);
    await reviewing.getByRole('button', { name: `Ouvrir le dossier de ${name}` }).click();
    const file = reviewing.locator('section', { hasText: `Dossier de ${name}` });
    const statutes = file.getByRole('link', { name: 'statutes.pdf' });
    const download = await reviewing.request.get(new URL((await statutes.getAttribute('href'))!, consoleServer.url).toString());
    expect({ status: download.status(), type: download.headers()['content-type'], same: Buffer.from(await download.body()).equals(ONE_PAGE_PDF) }).toEqual({ status: 200, type: 'application/pdf', same: true });
    expect(await axeViolations(reviewing)).toEqual([]);
    await file.getByLabel('Message au lieu').fill('Les statuts ne sont pas signés : joignez la version signée.');
    await file.getByRole('button', { name: 'Demander des compléments' }).click();
    await reviewing.getByText(`${name} : Les compléments sont demandés au lieu.`).waitFor();

    await applying.reload();
    await choosePlace(applying);
    await applying.getByTestId('application-status').getByText('Compléments demandés').waitFor();
    await applying.getByText('Message du programme : Les statuts ne sont pas signés : joignez la version signée.').waitFor();
    await applying.locator('#document-STATUTES').setInputFiles(pdf('statuts-signes.pdf'));
    await applying.getByText('statuts-signes.pdf (1 ko) envoyé.').waitFor();
    await applying.getByLabel('IBAN du lieu').fill('FR76 3000 6000 0112 3456 7890 189');
    expect(await axeViolations(applying)).toEqual([]);
    await applying.getByRole('button', { name: 'Renvoyer la candidature' }).click();
    await applying.getByText(/Votre candidature est envoyée/).waitFor();

    await reviewing.reload();
    await reviewing.getByRole('button', { name: `Ouvrir le dossier de ${name}` }).click();
    await file.getByRole('link', { name: 'statuts-signes.pdf' }).waitFor();
    await file.getByRole('button', { name: 'Qualifier' }).click();
    await reviewing.getByText(`${name} : Le lieu est qualifié.`).waitFor();
    expect(await axeViolations(reviewing)).toEqual([]);

    await applying.reload();
    await choosePlace(applying);
    await applying.getByTestId('application-status').getByText('Qualifié').waitFor();
    expect(await axeViolations(applying)).toEqual([]);
    const manager = await api.person({ role: 'programme_manager', programmeId: DEMO_IDS.programme, organisationId: DEMO_REGION.organisationId });
    const { place } = await api.call(manager, `query($id: ID!, $p: ID!) { place(id: $id) { qualification(programmeId: $p) { status history { action reason } } } }`, { id: placeId, p: DEMO_IDS.programme });
    expect(place.qualification.history.map((s: { action: string }) => s.action)).toEqual(['APPLY', 'REQUEST_CHANGES', 'APPLY', 'QUALIFY']);
    await applying.context().close();
    await reviewing.context().close();
  }, 120_000);
});
