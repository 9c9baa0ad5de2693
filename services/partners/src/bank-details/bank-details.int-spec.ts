// Integration: a place's bank details changed by four eyes, and what each statement is paid to,
// on a real PostgreSQL and NATS. Every fraud path answers a code and leaves nothing half-written.
import { randomUUID } from 'node:crypto';
import { eventSubject } from '@pass-numerique/messaging';
import type { Identity } from '@pass-numerique/service-kit';
import { caller, callSubgraph, eventually, identityOf, lastPublishedEvent, useTestService } from '@pass-numerique/testing';
import { startPartnersService } from '../server';
import { onStatementApproved } from '../handlers/on-statement-approved.handler';
import { dataOf, managerOf, placeStaffOf, qualify, registerOrganisation, registerPlace, told } from '../testing/partners-test-kit';

const NEW_IBAN = 'DE89 3704 0044 0532 0130 00';
const NEW_IBAN_ELECTRONIC = 'DE89370400440532013000';
const OLD_IBAN_ELECTRONIC = 'FR7630006000011234567890189';
const THIRD_IBAN = 'FR14 2004 1010 0505 0001 3M0 2606';

const REQUEST = `mutation($input: RequestBankDetailsChangeInput!) { requestBankDetailsChange(input: $input) { id status iban ibanMasked holder bic requestedBy } }`;
const APPROVE = `mutation($id: ID!) { approveBankDetailsChange(requestId: $id) { id status decidedBy decidedInProgramme { id } } }`;
const REJECT = `mutation($id: ID!, $reason: String!) { rejectBankDetailsChange(requestId: $id, reason: $reason) { id status rejectionReason } }`;
const PENDING = `query($p: ID!) { pendingBankDetailsChanges(programmeId: $p) { id iban place { id } certificate { kind downloadUrl } } }`;
const HISTORY = `query($id: ID!) { place(id: $id) { iban bankDetailsHistory { id iban ibanMasked holder bic validFrom validTo requestedBy approvedBy certificateDocumentId }
  bankDetailsChangeRequests { id status } } }`;
const NOTIFICATIONS = `query { myNotifications { id kind ibanMasked readAt place { id } organisation { id } } }`;
const MARK_READ = `mutation($id: ID!) { markNotificationRead(notificationId: $id) { id readAt } }`;
const PAYEE = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Statement { id payeeBankDetails { versionId iban ibanMasked holder statementApprovedAt } } } }`;

describe('partners subgraph: bank details changed by four eyes', () => {
  const { service } = useTestService('partners', startPartnersService, { loadDemoData: false });
  const programmeId = randomUUID();
  const otherProgrammeId = randomUUID();
  const financeOfficer = caller('finance_officer', { programmeId, subject: 'finance-officer-1' });
  const secondFinanceOfficer = caller('finance_officer', { programmeId, subject: 'finance-officer-2' });
  const otherFinanceOfficer = caller('finance_officer', { programmeId: otherProgrammeId, subject: 'finance-officer-of-another-programme' });
  let organisationId: string;
  let otherOrganisationId: string;
  let requester: Identity;
  let colleague: Identity;

  beforeAll(async () => {
    organisationId = await registerOrganisation(service.url, { legalKind: 'ASSOCIATION' });
    otherOrganisationId = await registerOrganisation(service.url, { legalKind: 'ASSOCIATION' });
    requester = placeStaffOf(organisationId, { subject: 'alice' });
    colleague = placeStaffOf(organisationId, { subject: 'bob' });
    // The organisation's people as members/ knows them: each other member is told of a change.
    for (const subject of ['alice', 'bob', 'carol']) {
      await service.dataSource.query(`INSERT INTO membership (organisation_id, subject, role, email, since) VALUES ($1, $2, 'MEMBER', NULL, now())`, [organisationId, subject]);
    }
  });

  /** A certificate as the documents module keeps it once uploaded. */
  async function certificate(owner = organisationId, options: { kind?: string; uploaded?: boolean } = {}): Promise<string> {
    const id = randomUUID();
    const uploaded = options.uploaded ?? true;
    await service.dataSource.query(
      `INSERT INTO document (id, organisation_id, kind, file_name, content_type, byte_size, status, sha256, storage, created_at, created_by, uploaded_at)
       VALUES ($1, $2, $3, 'rib.pdf', 'application/pdf', 1000, $4, $5, $6, now(), 'alice', $7)`,
      [id, owner, options.kind ?? 'BANK_DETAILS_CERTIFICATE', uploaded ? 'UPLOADED' : 'PENDING_UPLOAD', uploaded ? 'ab'.repeat(32) : null, uploaded ? 'postgres' : null, uploaded ? new Date() : null],
    );
    return id;
  }

  async function qualifiedPlace(): Promise<string> {
    const placeId = await registerPlace(service.url, organisationId);
    await qualify(service.url, placeId, organisationId, programmeId);
    return placeId;
  }

  const request = async (placeId: string, extra: Record<string, unknown> = {}, as: Identity = requester) =>
    callSubgraph(service.url, REQUEST, { input: { placeId, iban: NEW_IBAN, holder: 'Association Test', bic: 'COBADEFFXXX', certificateDocumentId: await certificate(), ...extra } }, as);
  const approve = (id: string, as: Identity = financeOfficer) => callSubgraph(service.url, APPROVE, { id }, as);
  const countOf = async (sql: string, params: unknown[]) => (await service.dataSource.query(sql, params))[0].count as number;
  const requestsOf = (placeId: string) => countOf(`SELECT count(*)::int AS count FROM bank_details_change_request WHERE place_id = $1`, [placeId]);
  const versionsOf = (placeId: string) => countOf(`SELECT count(*)::int AS count FROM bank_details_version WHERE place_id = $1`, [placeId]);

  it('changes the bank details once a finance officer of a programme paying the place approves: history, IBAN, event, webhook and notifications in one go', async () => {
    const placeId = await qualifiedPlace();
    await dataOf(
      callSubgraph(service.url, `mutation($input: RegisterWebhookInput!) { registerWebhook(input: $input) { secret } }`, { input: { organisationId, url: 'http://127.0.0.1:9/hook', events: ['bank-details.changed'] } }, colleague),
    );
    const asked = (await dataOf(request(placeId))).requestBankDetailsChange;
    expect(asked).toMatchObject({ status: 'PENDING', iban: NEW_IBAN_ELECTRONIC, ibanMasked: 'DE89 •••• 3000', holder: 'Association Test', bic: 'COBADEFFXXX', requestedBy: 'alice' });
    // Pending: the bank details on file stay in force; the finance officers of the programme see it, no one else's.
    expect((await dataOf(callSubgraph(service.url, HISTORY, { id: placeId }, requester))).place.iban).toBe(OLD_IBAN_ELECTRONIC);
    // The finance officer checks the IBAN against the certificate, read through a short-lived link.
    expect((await dataOf(callSubgraph(service.url, PENDING, { p: programmeId }, financeOfficer))).pendingBankDetailsChanges).toContainEqual({
      id: asked.id,
      iban: NEW_IBAN_ELECTRONIC,
      place: { id: placeId },
      certificate: { kind: 'BANK_DETAILS_CERTIFICATE', downloadUrl: expect.stringMatching(/^\/documents\/download\//) },
    });
    expect((await dataOf(callSubgraph(service.url, PENDING, { p: programmeId }, otherFinanceOfficer))).pendingBankDetailsChanges).toEqual([]);

    const approved = (await dataOf(approve(asked.id))).approveBankDetailsChange;
    expect(approved).toMatchObject({ status: 'APPROVED', decidedBy: 'finance-officer-1', decidedInProgramme: { id: programmeId } });

    const { place } = await dataOf(callSubgraph(service.url, HISTORY, { id: placeId }, colleague));
    expect(place.iban).toBe(NEW_IBAN_ELECTRONIC);
    const [current, first] = place.bankDetailsHistory;
    expect(place.bankDetailsHistory).toHaveLength(2);
    expect(current).toMatchObject({ iban: NEW_IBAN_ELECTRONIC, holder: 'Association Test', bic: 'COBADEFFXXX', validTo: null, requestedBy: 'alice', approvedBy: 'finance-officer-1' });
    expect(first).toMatchObject({ iban: OLD_IBAN_ELECTRONIC, holder: null, requestedBy: null, approvedBy: null, validTo: current.validFrom });
    expect(place.bankDetailsChangeRequests).toEqual([{ id: asked.id, status: 'APPROVED' }]);

    const event = await eventually(async () => {
      const last = await lastPublishedEvent(service.bus, 'partners.bank-details.changed.v1');
      return last?.payload.placeId === placeId ? last : undefined;
    }, 10_000, 'the change announced');
    expect(event.payload).toMatchObject({ organisationId, requestId: asked.id, versionId: current.id, previousVersionId: first.id, ibanMasked: 'DE89 •••• 3000', approvedInProgrammeId: programmeId });
    expect(JSON.stringify(event.payload)).not.toContain(NEW_IBAN_ELECTRONIC);
    const [delivery] = await service.dataSource.query(`SELECT d.payload FROM webhook_delivery d JOIN webhook_subscription s ON s.id = d.subscription_id WHERE s.organisation_id = $1 AND d.event_type = 'bank-details.changed'`, [organisationId]);
    expect(JSON.parse(delivery.payload).data).toMatchObject({ placeId, versionId: current.id, ibanMasked: 'DE89 •••• 3000' });

    // Every other person of the organisation is told, masked; the requester knows already.
    const bobs = (await dataOf(callSubgraph(service.url, NOTIFICATIONS, {}, colleague))).myNotifications;
    expect(bobs).toEqual([{ id: expect.any(String), kind: 'BANK_DETAILS_CHANGED', ibanMasked: 'DE89 •••• 3000', readAt: null, place: { id: placeId }, organisation: { id: organisationId } }]);
    expect((await dataOf(callSubgraph(service.url, NOTIFICATIONS, {}, placeStaffOf(organisationId, { subject: 'carol' })))).myNotifications).toHaveLength(1);
    expect((await dataOf(callSubgraph(service.url, NOTIFICATIONS, {}, requester))).myNotifications).toEqual([]);
    const stored = await service.dataSource.query(`SELECT payload::text AS payload FROM notification WHERE organisation_id = $1`, [organisationId]);
    for (const row of stored) expect(row.payload).not.toContain(NEW_IBAN_ELECTRONIC);
    // Each marks their own; someone else's answers as a missing one.
    const notMine = await callSubgraph(service.url, MARK_READ, { id: bobs[0].id }, requester);
    expect(notMine.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'notificationId' });
    expect((await dataOf(callSubgraph(service.url, MARK_READ, { id: bobs[0].id }, colleague))).markNotificationRead.readAt).toEqual(expect.any(String));
  });

  it('refuses the requester approving or rejecting their own request, even holding both roles (FOUR_EYES_REQUIRED), and writes nothing', async () => {
    const placeId = await qualifiedPlace();
    const asked = (await dataOf(request(placeId))).requestBankDetailsChange;
    const both = identityOf({ subject: 'alice', organisationId, grants: [{ role: 'place' }, { role: 'finance_officer', programmeId }] });
    for (const attempt of [approve(asked.id, both), callSubgraph(service.url, REJECT, { id: asked.id, reason: 'moi-même' }, both)]) {
      expect((await attempt).errors?.[0].extensions).toMatchObject({ code: 'FOUR_EYES_REQUIRED', field: 'requestId' });
    }
    const [row] = await service.dataSource.query(`SELECT status, decided_by FROM bank_details_change_request WHERE id = $1`, [asked.id]);
    expect(row).toEqual({ status: 'PENDING', decided_by: null });
    expect(await versionsOf(placeId)).toBe(0);
  });

  it("answers a finance officer of another programme as for a request that does not exist, and writes nothing", async () => {
    const placeId = await qualifiedPlace();
    const asked = (await dataOf(request(placeId))).requestBankDetailsChange;
    const missing = randomUUID();
    const theirs = await approve(asked.id, otherFinanceOfficer);
    expect(theirs.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'requestId' });
    expect(told(theirs, asked.id)).toEqual(told(await approve(missing, otherFinanceOfficer), missing));
    expect(told(await callSubgraph(service.url, REJECT, { id: asked.id, reason: 'non' }, otherFinanceOfficer), asked.id)).toEqual(
      told(await callSubgraph(service.url, REJECT, { id: missing, reason: 'non' }, otherFinanceOfficer), missing),
    );
    // Nor may a programme manager or the place's own people decide.
    for (const refused of [managerOf(programmeId), colleague]) expect((await approve(asked.id, refused)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await service.dataSource.query(`SELECT status FROM bank_details_change_request WHERE id = $1`, [asked.id]))[0].status).toBe('PENDING');
    expect(await versionsOf(placeId)).toBe(0);
  });

  it("answers someone of another organisation asking to change a place's bank details as for a place that does not exist; partner software may not ask at all", async () => {
    const placeId = await qualifiedPlace();
    const stranger = placeStaffOf(otherOrganisationId, { subject: 'mallory' });
    const missing = randomUUID();
    const strangersCertificate = await certificate(otherOrganisationId);
    const theirs = await request(placeId, { certificateDocumentId: strangersCertificate }, stranger);
    expect(theirs.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'placeId' });
    expect(told(theirs, placeId)).toEqual(told(await request(missing, { certificateDocumentId: strangersCertificate }, stranger), missing));
    const software = caller('place', { organisationId, subject: randomUUID(), scopes: [`redeem:place:${placeId}`] });
    expect((await request(placeId, {}, software)).errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'placeId' });
    expect(await requestsOf(placeId)).toBe(0);
  });

  it('refuses an invalid IBAN or BIC, a missing holder, and a certificate that is missing, of another organisation, of another kind or not uploaded', async () => {
    const placeId = await qualifiedPlace();
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [{ iban: 'FR76 3000 6000 0112 3456 7890 188' }, 'INVALID_IBAN', 'iban'],
      [{ iban: 'BR1800360305000010009795493C1' }, 'INVALID_IBAN', 'iban'],
      [{ bic: 'NOT A BIC' }, 'INVALID_BIC', 'bic'],
      [{ holder: '   ' }, 'INVALID_HOLDER', 'holder'],
      [{ certificateDocumentId: randomUUID() }, 'NOT_FOUND', 'certificateDocumentId'],
      [{ certificateDocumentId: await certificate(otherOrganisationId) }, 'NOT_FOUND', 'certificateDocumentId'],
      [{ certificateDocumentId: await certificate(organisationId, { kind: 'STATUTES' }) }, 'DOCUMENT_KIND_MISMATCH', 'certificateDocumentId'],
      [{ certificateDocumentId: await certificate(organisationId, { uploaded: false }) }, 'DOCUMENT_NOT_UPLOADED', 'certificateDocumentId'],
    ];
    for (const [input, code, field] of cases) {
      expect({ input, extensions: (await request(placeId, input)).errors?.[0].extensions }).toMatchObject({ input, extensions: { code, field } });
    }
    expect(await requestsOf(placeId)).toBe(0);
  });

  it('keeps one pending request per place, and decides each request once', async () => {
    const placeId = await qualifiedPlace();
    const first = (await dataOf(request(placeId))).requestBankDetailsChange;
    expect((await request(placeId, { iban: THIRD_IBAN })).errors?.[0].extensions).toMatchObject({ code: 'CHANGE_ALREADY_PENDING', field: 'placeId' });
    expect(await requestsOf(placeId)).toBe(1);

    await dataOf(approve(first.id));
    expect((await approve(first.id, secondFinanceOfficer)).errors?.[0].extensions).toMatchObject({ code: 'CHANGE_ALREADY_DECIDED', status: 'APPROVED' });

    const second = (await dataOf(request(placeId, { iban: THIRD_IBAN }))).requestBankDetailsChange;
    expect((await callSubgraph(service.url, REJECT, { id: second.id, reason: '  ' }, financeOfficer)).errors?.[0].extensions).toMatchObject({ code: 'REASON_REQUIRED' });
    expect((await dataOf(callSubgraph(service.url, REJECT, { id: second.id, reason: 'Le RIB ne correspond pas au titulaire.' }, financeOfficer))).rejectBankDetailsChange).toMatchObject({
      status: 'REJECTED',
      rejectionReason: 'Le RIB ne correspond pas au titulaire.',
    });
    expect((await approve(second.id, secondFinanceOfficer)).errors?.[0].extensions).toMatchObject({ code: 'CHANGE_ALREADY_DECIDED', status: 'REJECTED' });
    const { place } = await dataOf(callSubgraph(service.url, HISTORY, { id: placeId }, requester));
    expect(place.iban).toBe(NEW_IBAN_ELECTRONIC);
    expect(place.bankDetailsHistory).toHaveLength(2);
  });

  it('lets exactly one of two concurrent approvals win', async () => {
    const placeId = await qualifiedPlace();
    const asked = (await dataOf(request(placeId))).requestBankDetailsChange;
    const answers = await Promise.all([approve(asked.id, financeOfficer), approve(asked.id, secondFinanceOfficer)]);
    expect(answers.filter((a) => !a.errors)).toHaveLength(1);
    expect(answers.filter((a) => a.errors).map((a) => a.errors?.[0].extensions?.code)).toEqual(['CHANGE_ALREADY_DECIDED']);
    expect(await versionsOf(placeId)).toBe(2);
    expect(await countOf(`SELECT count(*)::int AS count FROM bank_details_version WHERE place_id = $1 AND valid_to IS NULL`, [placeId])).toBe(1);
    expect(await countOf(`SELECT count(*)::int AS count FROM outbox_event WHERE type = 'partners.bank-details.changed.v1' AND payload->>'requestId' = $1`, [asked.id])).toBe(1);
  });

  it('still refuses other bank details on an application once a programme qualified the place, pointing to the change request; updatePlace takes no IBAN', async () => {
    const placeId = await qualifiedPlace();
    const reapply = await callSubgraph(
      service.url,
      `mutation($input: ApplyForQualificationInput!) { applyForQualification(input: $input) { id } }`,
      { input: { placeId, programmeId: otherProgrammeId, iban: NEW_IBAN } },
      requester,
    );
    expect(reapply.errors?.[0].extensions).toMatchObject({ code: 'BANK_DETAILS_LOCKED', field: 'iban' });
    expect(reapply.errors?.[0].message).toContain('requestBankDetailsChange');
    const direct = await callSubgraph(service.url, `mutation($id: ID!) { updatePlace(placeId: $id, iban: "${NEW_IBAN_ELECTRONIC}") { id } }`, { id: placeId }, requester);
    expect(direct.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const [row] = await service.dataSource.query(`SELECT iban FROM place WHERE id = $1`, [placeId]);
    expect(row.iban).toBe(OLD_IBAN_ELECTRONIC);
  });

  describe('statements', () => {
    const statementApproved = (placeId: string, approvedAt: string) => {
      const payload = { statementId: randomUUID(), programmeId, placeId, placeOrganisationId: organisationId, month: '2026-10', passCount: 3, amountCents: 3_000, approvedAt };
      return { id: randomUUID(), type: 'passes.statement.approved.v1' as const, occurredAt: approvedAt, payload };
    };
    const payeeOf = async (statementId: string, as: Identity) => (await dataOf(callSubgraph(service.url, PAYEE, { reps: [{ __typename: 'Statement', id: statementId }] }, as)))._entities[0].payeeBankDetails;

    it('records the bank details in force when a statement was approved, once; a later change never alters it', async () => {
      const placeId = await qualifiedPlace();
      const before = statementApproved(placeId, new Date().toISOString());
      // Published twice (past JetStream's de-duplication), and the handler run again by hand: one record.
      for (const msgID of [randomUUID(), randomUUID()]) await service.bus.js.publish(eventSubject(service.bus.prefix, before.type), JSON.stringify(before), { msgID });
      const first = await eventually(async () => (await payeeOf(before.payload.statementId, requester)) ?? undefined, 10_000, 'the payee recorded');
      const handler = onStatementApproved(service.services);
      await service.dataSource.transaction((manager) => handler.handle(before.payload, { manager, envelope: before }));
      expect(await countOf(`SELECT count(*)::int AS count FROM statement_payee WHERE statement_id = $1`, [before.payload.statementId])).toBe(1);
      expect(first).toMatchObject({ iban: OLD_IBAN_ELECTRONIC, ibanMasked: 'FR76 •••• 0189', holder: null, statementApprovedAt: before.payload.approvedAt });

      const asked = (await dataOf(request(placeId))).requestBankDetailsChange;
      await dataOf(approve(asked.id));
      // The same statement still says where it was to be paid; one approved afterwards goes to the new account.
      expect(await payeeOf(before.payload.statementId, financeOfficer)).toEqual(first);
      const after = statementApproved(placeId, new Date().toISOString());
      await service.dataSource.transaction((manager) => handler.handle(after.payload, { manager, envelope: after }));
      expect(await payeeOf(after.payload.statementId, requester)).toMatchObject({ iban: NEW_IBAN_ELECTRONIC, holder: 'Association Test' });
      // An approval event arriving late is placed by its instant, not by its arrival.
      const late = statementApproved(placeId, before.payload.approvedAt);
      await service.dataSource.transaction((manager) => handler.handle(late.payload, { manager, envelope: late }));
      expect((await payeeOf(late.payload.statementId, requester)).versionId).toBe(first.versionId);
    });

    it("shows a statement's payee to the place's people and the programme's staff only; the full IBAN to those who pay and are paid", async () => {
      const placeId = await qualifiedPlace();
      const approval = statementApproved(placeId, new Date().toISOString());
      await service.dataSource.transaction((manager) => onStatementApproved(service.services).handle(approval.payload, { manager, envelope: approval }));
      const statementId = approval.payload.statementId;
      expect(await payeeOf(statementId, financeOfficer)).toMatchObject({ ibanMasked: 'FR76 •••• 0189', iban: OLD_IBAN_ELECTRONIC });
      // A programme manager sees which account (masked), not the number: the full IBAN is FORBIDDEN to it.
      const guarded = await callSubgraph(service.url, PAYEE, { reps: [{ __typename: 'Statement', id: statementId }] }, managerOf(programmeId));
      expect(guarded.data._entities[0].payeeBankDetails).toMatchObject({ ibanMasked: 'FR76 •••• 0189', iban: null });
      expect(guarded.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
      for (const outsider of [placeStaffOf(otherOrganisationId), otherFinanceOfficer]) expect(await payeeOf(statementId, outsider)).toBeNull();
    });
  });
});
