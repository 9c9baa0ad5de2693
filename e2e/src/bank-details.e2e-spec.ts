// A place's bank details changed by four eyes, end to end: through the gateway, a statement keeps
// the account in force when it was approved after a later change; in a real browser (the built
// console in front of the stack), the place's person asks for new bank details with the bank's
// certificate, the programme's finance officer approves them, and the history shows them. axe finds
// no violation on either page, and the pages log no error.
import type { ChildProcess } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { DEMO_IDS, DEMO_PLACES, DEMO_REGION } from '@pass-numerique/demo-programme';
import { ApiSetup, eventually, openProgrammeOnTheApi, type Headers, type ProgrammeOnTheApi } from '@pass-numerique/testing';
import { axeViolations, launchChromium, openPage as openWatchedPage, signInWithRolePicker } from './browser';
import { startConsoleServer } from './console-server';
import { startStack, type Stack } from './stack';

const NEW_IBAN = 'FR14 2004 1010 0505 0001 3M0 2606';
const NEW_IBAN_ELECTRONIC = 'FR1420041010050500013M02606';
/** The smallest file that reads as a PDF. */
const CERTIFICATE = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n', 'latin1');

describe('bank details changed by four eyes', () => {
  let stack: Stack;
  let api: ApiSetup;
  /** The demo programme, whose places the demo qualified, and its staff. */
  const programme = { id: DEMO_IDS.programme } as { id: string; staff: { manager: Headers; finance: Headers } };
  /** Another programme of the same authority, none of whose staff may decide for the demo's places. */
  let otherProgramme: ProgrammeOnTheApi;
  const nordPlaces = DEMO_PLACES.filter((p) => p.inseeCode.startsWith('59'));

  beforeAll(async () => {
    stack = await startStack({ loadDemoData: { passes: false } });
    api = new ApiSetup((query, variables, headers) => stack.query(query, variables, headers));
    programme.staff = {
      manager: await api.person({ role: 'programme_manager', programmeId: DEMO_IDS.programme, organisationId: DEMO_REGION.organisationId, subject: 'manager-e2e' }),
      finance: await api.person({ role: 'finance_officer', programmeId: DEMO_IDS.programme, organisationId: DEMO_REGION.organisationId, subject: 'finance-e2e' }),
    };
    otherProgramme = await openProgrammeOnTheApi(api, { ownerOrganisationId: DEMO_REGION.organisationId, perimeter: { level: 'DEPARTEMENT', code: '59' }, amount: '1000.00', code: `RIB-${randomUUID().slice(0, 8).toUpperCase()}` });
  }, 180_000);
  afterAll(async () => {
    await stack?.stop();
  }, 60_000);

  /** The place's certificate, as the documents module keeps one once uploaded (uploads are the documents' own tests). */
  async function uploadCertificate(person: string, place: { id: string; organisationId: string }): Promise<string> {
    const id = randomUUID();
    await stack.services.partners!.dataSource.query(
      `INSERT INTO document (id, organisation_id, place_id, kind, file_name, content_type, byte_size, status, sha256, storage, created_at, created_by, uploaded_at)
       VALUES ($1, $2, $3, 'BANK_DETAILS_CERTIFICATE', 'rib.pdf', 'application/pdf', $4, 'UPLOADED', $5, 'postgres', now(), $6, now())`,
      [id, place.organisationId, place.id, CERTIFICATE.length, createHash('sha256').update(CERTIFICATE).digest('hex'), person],
    );
    await stack.services.partners!.dataSource.query(`INSERT INTO document_content (document_id, content) VALUES ($1, $2)`, [id, CERTIFICATE]);
    return id;
  }

  it('pays a statement approved before a change to the account then in force, and one approved after to the new one', async () => {
    const place = nordPlaces[0];
    const placePerson = await api.person({ role: 'place', organisationId: place.organisationId, subject: 'place-person-e2e' });
    const statement = async (month: string) => {
      const id = randomUUID();
      await stack.services.passes!.dataSource.query(
        `INSERT INTO statement (id, programme_id, place_id, place_organisation_id, month, pass_count, gross_amount_cents, amount_cents, status, generated_at)
         VALUES ($1, $2, $3, $4, $5, 1, 1000, 1000, 'PENDING', now())`,
        [id, programme.id, place.id, place.organisationId, month],
      );
      await api.call(programme.staff.manager, `mutation($id: ID!) { approveStatement(statementId: $id) { id } }`, { id });
      return id;
    };
    const PAYEE = `query($id: ID!) { statement(id: $id) { id status payeeBankDetails { versionId iban ibanMasked holder statementApprovedAt } } }`;
    const payeeOf = (id: string, as: Headers) =>
      eventually(async () => (await api.call(as, PAYEE, { id })).statement?.payeeBankDetails ?? undefined, 15_000, 'partners learning of the approval');

    const before = await statement('2020-06');
    const first = await payeeOf(before, programme.staff.finance);
    expect(first).toMatchObject({ iban: place.iban.replace(/\s/g, ''), holder: null });

    const certificateDocumentId = await uploadCertificate('place-person-e2e', place);
    const { requestBankDetailsChange } = await api.call(placePerson, `mutation($input: RequestBankDetailsChangeInput!) { requestBankDetailsChange(input: $input) { id } }`, {
      input: { placeId: place.id, iban: NEW_IBAN, holder: 'Centre social du Nord', certificateDocumentId },
    });
    // The requester may not approve, whatever role they also hold; the other programme's finance officer finds nothing.
    const both = await api.person({ grants: [{ role: 'place' }, { role: 'finance_officer', programmeId: programme.id }], organisationId: place.organisationId, subject: 'place-person-e2e' });
    const APPROVE = `mutation($id: ID!) { approveBankDetailsChange(requestId: $id) { id status } }`;
    expect((await stack.query(APPROVE, { id: requestBankDetailsChange.id }, both)).errors?.[0].extensions?.code).toBe('FOUR_EYES_REQUIRED');
    expect((await stack.query(APPROVE, { id: requestBankDetailsChange.id }, otherProgramme.staff.finance)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await api.call(programme.staff.finance, APPROVE, { id: requestBankDetailsChange.id })).approveBankDetailsChange.status).toBe('APPROVED');

    // The statement approved before keeps its account; the next one goes to the new one.
    expect(await payeeOf(before, placePerson)).toEqual(first);
    const after = await statement('2020-07');
    expect(await payeeOf(after, placePerson)).toMatchObject({ iban: NEW_IBAN_ELECTRONIC, holder: 'Centre social du Nord' });
    // A programme manager sees which account (masked) but not its number; another place's people see nothing.
    const seenByManager = await stack.query(PAYEE, { id: after }, programme.staff.manager);
    expect(seenByManager.data.statement.payeeBankDetails).toMatchObject({ ibanMasked: 'FR14 •••• 2606', iban: null });
    const stranger = await api.person({ role: 'place', organisationId: nordPlaces.find((p) => p.organisationId !== place.organisationId)!.organisationId });
    expect((await stack.query(PAYEE, { id: after }, stranger)).data?.statement ?? null).toBeNull();
  }, 90_000);

  describe('in the console', () => {
    let consoleServer: { url: string; process: ChildProcess };
    let browser: Browser;
    const problems: string[] = [];
    const place = () => nordPlaces.find((p) => p.organisationId !== nordPlaces[0].organisationId)!;

    beforeAll(async () => {
      // The place's organisation has another member, told of the change.
      await stack.services.partners!.dataSource.query(`INSERT INTO membership (organisation_id, subject, role, email, since) VALUES ($1, 'colleague-e2e', 'MEMBER', NULL, now()), ($1, 'dev-console-place', 'MEMBER', NULL, now()) ON CONFLICT DO NOTHING`, [place().organisationId]);
      consoleServer = await startConsoleServer(stack.gateway.url, {
        finance_officer: { organisationId: DEMO_REGION.organisationId, programmeIds: [DEMO_IDS.programme] },
        place: { organisationId: place().organisationId },
      });
      browser = await launchChromium();
    }, 120_000);
    afterAll(async () => {
      await browser?.close();
      consoleServer?.process.kill('SIGTERM');
    });
    afterEach(() => {
      // Nothing logged as an error, nothing fetched from elsewhere.
      expect(problems).toEqual([]);
    });

    function openPage(): Promise<Page> {
      return openWatchedPage(browser, { problems, allowedOrigins: [consoleServer.url] });
    }

    it('lets the place ask for new bank details, the finance officer approve them, and shows them in the history', async () => {
      const certificateDocumentId = await uploadCertificate('dev-console-place', place());

      const asking = await openPage();
      await signInWithRolePicker(asking, consoleServer.url, 'place', place().organisationId);
      await asking.goto(`${consoleServer.url}/#/coordonnees-bancaires`);
      await asking.getByTestId('iban-in-force').waitFor();
      await asking.getByLabel('Nouvel IBAN').fill('FR76 3000 6000 0112 3456 7890 188');
      await asking.getByLabel('Titulaire du compte').fill('Médiathèque de la Somme');
      await asking.getByLabel('Ou identifiant d’un relevé déjà déposé').fill(certificateDocumentId);
      await asking.getByRole('button', { name: 'Envoyer la demande' }).click();
      await asking.getByText(/IBAN invalide/).waitFor();
      await asking.getByLabel('Nouvel IBAN').fill(NEW_IBAN);
      await asking.getByRole('button', { name: 'Envoyer la demande' }).click();
      await asking.getByText(/Demande envoyée/).waitFor();
      await asking.getByTestId('bank-details-requests').getByText('En attente de validation').waitFor();
      expect(await axeViolations(asking)).toEqual([]);

      const deciding = await openPage();
      await signInWithRolePicker(deciding, consoleServer.url, 'finance_officer');
      await deciding.goto(`${consoleServer.url}/#/changements-rib`);
      const pending = deciding.getByTestId('pending-bank-details');
      await pending.getByText(place().name).waitFor();
      await pending.getByText('FR14 2004 1010 0505 0001 3M02 606').waitFor();
      expect(await axeViolations(deciding)).toEqual([]);
      await pending.getByRole('button', { name: 'Valider' }).click();
      await pending.getByRole('button', { name: 'Confirmer la validation' }).click();
      await deciding.getByText(/Changement validé/).waitFor();
      await deciding.getByText('Aucun changement en attente pour ce programme.').waitFor();
      expect(await axeViolations(deciding)).toEqual([]);

      await asking.reload();
      const history = asking.getByTestId('bank-details-history');
      await history.getByText('FR14 2004 1010 0505 0001 3M02 606').waitFor();
      await history.getByText('en vigueur').waitFor();
      expect(await history.locator('tbody tr').count()).toBe(2);
      await asking.getByTestId('bank-details-requests').getByText('Validée').waitFor();
      expect(await asking.getByTestId('iban-in-force').textContent()).toContain('FR14 2004 1010 0505 0001 3M02 606');
      expect(await axeViolations(asking)).toEqual([]);

      // The organisation's other member is told, masked; the requester, who knows, is not.
      const colleague = await api.person({ role: 'place', organisationId: place().organisationId, subject: 'colleague-e2e' });
      const told = await api.call(colleague, `{ myNotifications { kind ibanMasked place { id } } }`);
      expect(told.myNotifications).toEqual([{ kind: 'BANK_DETAILS_CHANGED', ibanMasked: 'FR14 •••• 2606', place: { id: place().id } }]);
      await asking.goto(`${consoleServer.url}/#/notifications`);
      await asking.getByText('Aucune notification.').waitFor();
      expect(await axeViolations(asking)).toEqual([]);
      await asking.context().close();
      await deciding.context().close();
    }, 90_000);
  });
});
