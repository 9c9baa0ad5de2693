// Two authorities on one platform, each with one of everything a programme holds, set up through
// the public API as their people would (libs/testing's api-setup): the objects the cross-tenant
// test names when it calls every operation of the API as the people of the first authority.
import { randomInt, randomUUID } from 'node:crypto';
import { luhnValid } from '@pass-numerique/kernel';
import type { DemoPlace } from '@pass-numerique/demo-programme';
import {
  activatedOrderOnTheApi,
  allocateOnTheApi,
  apiKey,
  ApiSetup,
  eventually,
  issuePartnerKey,
  openProgrammeOnTheApi,
  qualifyPlaceOnTheApi,
  signDistributorAgreement,
  type Headers,
  type PrintedPass,
  type ProgrammeOnTheApi,
} from '@pass-numerique/testing';
import type { Stack } from './stack';

export interface Tenant {
  label: 'A' | 'B';
  programme: ProgrammeOnTheApi;
  authorityOrganisationId: string;
  distributorOrganisationId: string;
  /** People of the distributor and of the place (tokens with the organisation role). */
  distributorPerson: Headers;
  placePerson: Headers;
  place: DemoPlace;
  agreementId: string;
  zoneId: string;
  authorisationId: string;
  coFunderId: string;
  commitmentId: string;
  /** Placed only. */
  placedOrderId: string;
  /** Delivered and activated, its print file not exported yet. */
  unexportedOrderId: string;
  /** Activated and exported: its booklets are allocated to the distributor. */
  orderId: string;
  /** Allocated to the distributor, untouched. */
  allocatedBooklets: Array<{ id: string; number: string }>;
  /** Handed out, not redeemed. */
  handedOutPasses: PrintedPass[];
  redemptionId: string;
  statementId: string;
  credentialId: string;
  webhookId: string;
  deliveryId: string;
  /** A delegation the tenant's distributor, as a software vendor, asked of the place's organisation (pending). */
  delegationId: string;
  /** A pending change of the place's bank details, asked by its person. */
  bankDetailsRequestId: string;
  /** A notification of the place's person. */
  notificationId: string;
  /** A document (statutes) the place's person gave for the tenant's programme. */
  documentId: string;
  /** The place's organisation's sandbox, its test passes issued. */
  sandboxProgrammeId: string;
  /** An organisation a person registered themselves (unverified), that person its administrator. */
  selfRegisteredOrganisationId: string;
  /** That person: a token without any role of the platform, acting through the membership partners holds. */
  founder: Headers;
  founderSubject: string;
}

const today = () => new Date().toISOString().slice(0, 10);
const BENEFICIARY = (inseeCode: string) => ({ ageBand: 'FROM_26_TO_44', situation: 'FAR_FROM_EMPLOYMENT', residenceInseeCode: inseeCode, consent: true });

export interface TenantSpec {
  label: 'A' | 'B';
  authorityOrganisationId: string;
  perimeter: { level: string; code: string };
  /** An EPCI of the perimeter for the programme's zone. */
  zoneEpci: string;
  distributorOrganisationId: string;
  place: DemoPlace;
}

export async function buildTenant(stack: Stack, api: ApiSetup, spec: TenantSpec, webhookUrl: string): Promise<Tenant> {
  const programme = await openProgrammeOnTheApi(api, { ownerOrganisationId: spec.authorityOrganisationId, perimeter: spec.perimeter, amount: '100000.00', code: `TENANT-${spec.label}-${randomUUID().slice(0, 6).toUpperCase()}` });
  const { manager, finance } = programme.staff;

  // Funding: the plan (the authority pays the rest), an engineering commitment.
  const { programme: voted } = await api.call(manager, `query($id: ID!) { programme(id: $id) { authorisations { id } } }`, { id: programme.id });
  const authorisationId = voted.authorisations[0].id;
  const plan = await api.call(manager, `mutation($input: SetFundingPlanInput!) { setFundingPlan(input: $input) { coFunders { id } } }`, {
    input: {
      programmeId: programme.id,
      coFunders: [{ organisationId: spec.authorityOrganisationId, displayName: `Autorité ${spec.label}`, kind: 'OWN_FUNDS', rule: 'REMAINDER', planned: '100000.00', status: 'GRANTED' }],
    },
  });
  const coFunderId = plan.setFundingPlan.coFunders[0].id;
  const committed = await api.call(finance, `mutation($input: RecordCommitmentInput!) { recordCommitment(input: $input) { id } }`, {
    input: { authorisationId, kind: 'ENGINEERING', reference: `ING-${spec.label}`, committedOn: today(), amount: '1000.00' },
  });

  // Territory: a zone of the programme.
  const zone = await api.call(manager, `mutation($input: DefineZoneInput!) { defineZone(input: $input) { id } }`, { input: { name: `Zone ${programme.code}`, programmeId: programme.id, epcis: [spec.zoneEpci] } });

  // Partners: the distributor's agreement, the place qualified, a key, a webhook and one delivery.
  const agreementId = await signDistributorAgreement(api, programme, spec.distributorOrganisationId);
  await qualifyPlaceOnTheApi(api, programme, spec.place);
  const distributorPerson = await api.person({ role: 'distributor', organisationId: spec.distributorOrganisationId, subject: `distributor-${spec.label}` });
  const placePerson = await api.person({ role: 'place', organisationId: spec.place.organisationId, subject: `place-${spec.label}` });
  const issued = await api.call(placePerson, `mutation($input: IssueCredentialInput!) { issueCredential(input: $input) { secret credential { id } } }`, {
    input: { organisationId: spec.place.organisationId, label: `caisse ${spec.label}`, scopes: [`redeem:place:${spec.place.id}`] },
  });
  const webhook = await api.call(placePerson, `mutation($input: RegisterWebhookInput!) { registerWebhook(input: $input) { webhook { id } } }`, {
    input: { organisationId: spec.place.organisationId, url: webhookUrl, events: ['place.suspended'] },
  });
  const ping = await api.call(placePerson, `mutation($id: ID!) { pingWebhook(webhookId: $id) { id } }`, { id: webhook.registerWebhook.webhook.id });
  const delegation = await api.call(distributorPerson, `mutation($input: RequestDelegationInput!) { requestDelegation(input: $input) { id } }`, {
    input: { vendorOrganisationId: spec.distributorOrganisationId, organisationId: spec.place.organisationId, scopes: [`redeem:place:${spec.place.id}`] },
  });

  // Passes: an order placed only, one activated but not printed, one printed whose booklets go to the distributor.
  const placed = await api.call(manager, `mutation($input: PlaceOrderInput!) { placeOrder(input: $input) { id } }`, { input: { programmeId: programme.id, bookletCount: 1 } }, ['PROGRAMME_UNKNOWN']);
  const unexported = await activatedOrderOnTheApi(api, programme, 1, { exportPrintFile: false });
  const { orderId, printed } = await activatedOrderOnTheApi(api, programme, 3);
  const booklets = await allocateOnTheApi(api, programme, orderId, spec.distributorOrganisationId, 3);
  const distributorKey = apiKey(await issuePartnerKey(api, spec.distributorOrganisationId, 'distributor', [`handout:distributor:${spec.distributorOrganisationId}`]));
  const handedBooklet = booklets[0];
  await api.call(distributorKey, `mutation($input: HandOutInput!) { handOut(input: $input) { id } }`, { input: { bookletId: handedBooklet.id, profile: BENEFICIARY(spec.place.inseeCode) } });
  const handedOutPasses = printed.filter((p) => p.bookletNumber === handedBooklet.number);
  const [redeemed, ...stillValid] = handedOutPasses;
  const redemption = await api.call(
    apiKey(issued.issueCredential.secret),
    `mutation($input: RedeemPassInput!) { redeemPass(input: $input) { id } }`,
    { input: { pass: { passNumber: redeemed.number, code: redeemed.code }, placeId: spec.place.id, idempotencyKey: randomUUID() } },
    ['PLACE_NOT_QUALIFIED'],
  );

  // A statement of a past month, as the monthly generation would have left it (no month of this stack's own has ended).
  const statementId = randomUUID();
  await stack.services.passes!.dataSource.query(
    `INSERT INTO statement (id, programme_id, place_id, place_organisation_id, month, pass_count, gross_amount_cents, amount_cents, status, generated_at)
     VALUES ($1, $2, $3, $4, '2020-06', 1, 1000, 1000, 'PENDING', now())`,
    [statementId, programme.id, spec.place.id, spec.place.organisationId],
  );
  // And a credit note, as the expiry of the placed order's passes would have issued it.
  await stack.services.passes!.dataSource.query(
    `INSERT INTO credit_note (id, programme_id, order_id, buyer_organisation_id, pass_count, amount_cents, issued_at) VALUES ($1, $2, $3, $4, 1, 1000, now())`,
    [randomUUID(), programme.id, orderId, spec.authorityOrganisationId],
  );

  // A change of the place's bank details awaiting the finance officer, with its certificate as the documents module keeps it once uploaded.
  const certificateId = randomUUID();
  await stack.services.partners!.dataSource.query(
    `INSERT INTO document (id, organisation_id, place_id, kind, file_name, content_type, byte_size, status, sha256, storage, created_at, created_by, uploaded_at)
     VALUES ($1, $2, $3, 'BANK_DETAILS_CERTIFICATE', 'rib.pdf', 'application/pdf', 1000, 'UPLOADED', $4, 'postgres', now(), $5, now())`,
    [certificateId, spec.place.organisationId, spec.place.id, 'ab'.repeat(32), `place-${spec.label}`],
  );
  const bankDetailsRequest = await api.call(placePerson, `mutation($input: RequestBankDetailsChangeInput!) { requestBankDetailsChange(input: $input) { id } }`, {
    input: { placeId: spec.place.id, iban: 'FR14 2004 1010 0505 0001 3M0 2606', holder: `Lieu ${spec.label}`, certificateDocumentId: certificateId },
  });
  const documentId = await api.uploadDocument(placePerson, { placeId: spec.place.id, programmeId: programme.id, kind: 'STATUTES' });
  const sandbox = await api.call(placePerson, `mutation($id: ID!) { createSandbox(organisationId: $id) { programmeId } }`, { id: spec.place.organisationId });
  await eventually(
    async () => (await api.call(placePerson, `query($id: ID!) { organisation(id: $id) { sandbox { passes { number } } } }`, { id: spec.place.organisationId })).organisation.sandbox.passes.length > 0,
    20_000,
    'the sandbox test passes',
  );

  const notificationId = randomUUID();
  await stack.services.partners!.dataSource.query(
    `INSERT INTO notification (id, recipient_subject, organisation_id, kind, payload, created_at) VALUES ($1, $2, $3, 'BANK_DETAILS_CHANGED', $4, now())`,
    [notificationId, `place-${spec.label}`, spec.place.organisationId, { placeId: spec.place.id, placeName: spec.place.name, versionId: randomUUID(), ibanMasked: 'FR76 •••• 0189', approvedAt: new Date().toISOString() }],
  );

  // Self-registration: a person with no grant of the provider's registers an organisation of their own.
  const founderSubject = `founder-${spec.label}-${randomUUID().slice(0, 8)}`;
  const founder = await api.person({ grants: [], subject: founderSubject });
  const selfRegistered = await api.call(founder, `mutation($input: RegisterMyOrganisationInput!) { registerMyOrganisation(input: $input) { id } }`, {
    input: { name: `Structure inscrite ${spec.label}`, legalKind: 'ASSOCIATION', siret: freshSiret(), address: '1 rue de la Paix', postalCode: '80000', inseeCode: '80021', activities: ['MEDIATION_PLACE'] },
  });

  return {
    selfRegisteredOrganisationId: selfRegistered.registerMyOrganisation.id,
    documentId,
    founder,
    founderSubject,
    label: spec.label,
    programme,
    authorityOrganisationId: spec.authorityOrganisationId,
    distributorOrganisationId: spec.distributorOrganisationId,
    distributorPerson,
    placePerson,
    place: spec.place,
    agreementId,
    zoneId: zone.defineZone.id,
    authorisationId,
    coFunderId,
    commitmentId: committed.recordCommitment.id,
    placedOrderId: placed.placeOrder.id,
    unexportedOrderId: unexported.orderId,
    orderId,
    allocatedBooklets: booklets.slice(1),
    handedOutPasses: stillValid,
    redemptionId: redemption.redeemPass.id,
    statementId,
    credentialId: issued.issueCredential.credential.id,
    webhookId: webhook.registerWebhook.webhook.id,
    deliveryId: ping.pingWebhook.id,
    delegationId: delegation.requestDelegation.id,
    bankDetailsRequestId: bankDetailsRequest.requestBankDetailsChange.id,
    notificationId,
    sandboxProgrammeId: sandbox.createSandbox.programmeId,
  };
}

/** A Luhn-valid SIRET no demo organisation has (outside La Poste's SIREN). */
export function freshSiret(): string {
  for (;;) {
    const body = Array.from({ length: 13 }, () => randomInt(10)).join('');
    if (body.startsWith('356000000')) continue;
    for (let check = 0; check < 10; check++) if (luhnValid(body + check)) return body + check;
  }
}
