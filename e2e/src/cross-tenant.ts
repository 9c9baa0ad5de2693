// Whose object each operation of the API names, written once, so that the cross-tenant test can
// call every operation as the people of one authority on its own object, on another authority's
// and on one that does not exist. One entry per root field of the gateway's public schema: the
// test fails for an operation it has no entry for (ARCHITECTURE.md, "Tenancy", how to add one).
//
// - object: the operation names one tenant's object (the argument `variables` puts it in). Another
//   tenant's object must answer exactly as a missing one, and change nothing.
// - publicObject: the object is public (a programme as voted, a place of the national standard)
//   but some of its fields are not: on another tenant's object, `selection` must answer as it
//   does to the anonymous public.
// - list: the operation names no object and lists what the caller reaches; nothing of the other
//   tenant may appear in its answer.
// - open: open data, the same for everyone (the reason says why).
import { randomUUID } from 'node:crypto';
import type { Tenant } from './cross-tenant-world';

/** What names the tenant in an operation: one id, or a pair, of the tenant's own objects. */
export type Kind =
  | 'programme'
  | 'authorisation'
  | 'coFunder'
  | 'commitment'
  | 'zone'
  | 'placedOrder'
  | 'unexportedOrder'
  | 'order'
  | 'booklet'
  | 'bookletNumber'
  | 'pass'
  | 'redemption'
  | 'statement'
  | 'place'
  | 'placeInProgramme'
  | 'organisation'
  | 'distributor'
  | 'credential'
  | 'webhook'
  | 'delivery'
  | 'delegation'
  | 'bankDetailsRequest'
  | 'notification'
  | 'sandbox'
  | 'document'
  | 'selfRegisteredOrganisation';

export interface PassRef {
  number: string;
  code: string;
}
export interface PlaceInProgramme {
  placeId: string;
  programmeId: string;
}
export type ObjectRef = string | PassRef | PlaceInProgramme;

/** The tenant's object of a kind. */
export function objectOf(kind: Kind, tenant: Tenant): ObjectRef {
  switch (kind) {
    case 'programme':
      return tenant.programme.id;
    case 'authorisation':
      return tenant.authorisationId;
    case 'coFunder':
      return tenant.coFunderId;
    case 'commitment':
      return tenant.commitmentId;
    case 'zone':
      return tenant.zoneId;
    case 'placedOrder':
      return tenant.placedOrderId;
    case 'unexportedOrder':
      return tenant.unexportedOrderId;
    case 'order':
      return tenant.orderId;
    case 'booklet':
      return tenant.allocatedBooklets[0].id;
    case 'bookletNumber':
      return tenant.allocatedBooklets[0].number;
    case 'pass':
      return tenant.handedOutPasses[0];
    case 'redemption':
      return tenant.redemptionId;
    case 'statement':
      return tenant.statementId;
    case 'place':
      return tenant.place.id;
    case 'placeInProgramme':
      return { placeId: tenant.place.id, programmeId: tenant.programme.id };
    case 'organisation':
      return tenant.place.organisationId;
    case 'distributor':
      return tenant.distributorOrganisationId;
    case 'credential':
      return tenant.credentialId;
    case 'webhook':
      return tenant.webhookId;
    case 'delivery':
      return tenant.deliveryId;
    case 'delegation':
      return tenant.delegationId;
    case 'bankDetailsRequest':
      return tenant.bankDetailsRequestId;
    case 'notification':
      return tenant.notificationId;
    case 'sandbox':
      return tenant.sandboxProgrammeId;
    case 'document':
      return tenant.documentId;
    case 'selfRegisteredOrganisation':
      return tenant.selfRegisteredOrganisationId;
  }
}

/**
 * Another tenant's object, as a caller of the first would name it. A pass is the one object whose
 * number is not enough to name it: its printed code proves the pass is in hand, and whoever holds
 * a pass may learn its validity and programme. So the other tenant's pass is named with a wrong
 * code, as a prober would, and must answer as a pass that does not exist.
 */
export function otherOf(kind: Kind, tenant: Tenant): ObjectRef {
  if (kind === 'pass') return { number: tenant.handedOutPasses[0].number, code: MISSING_PASS.code };
  return objectOf(kind, tenant);
}

/**
 * An object of the kind that does not exist. The same one all through a run: a throttle that
 * counts attempts per pass number must count an unknown number as it counts another tenant's.
 */
const MISSING_PASS: PassRef = { number: '999999999991', code: 'ABCDEFGH' }; // a valid check digit
export function missingOf(kind: Kind): ObjectRef {
  if (kind === 'pass') return MISSING_PASS;
  if (kind === 'placeInProgramme') return { placeId: randomUUID(), programmeId: randomUUID() };
  if (kind === 'bookletNumber') return '9999999999';
  return randomUUID();
}

type Vars = Record<string, unknown>;
export interface ObjectEntry {
  object: Kind;
  /** The call's variables with the object in its place; `self` is the caller's own tenant (for the other arguments). */
  variables: (object: ObjectRef, self: Tenant) => Vars;
  /** The operation's document; its variables are those above. */
  document: string;
  /**
   * It ends or uses up its object: called on the caller's own object after every other operation
   * ('programme': after those too, it ends the caller's whole programme).
   */
  consumes?: true | 'programme';
  /** Callers whose role crosses tenants for this operation by design, and why. */
  crossTenants?: { caller: string; why: string };
}
export interface PublicObjectEntry {
  publicObject: Kind;
  variables: (object: ObjectRef) => Vars;
  /** A document selecting the object's private fields. */
  document: string;
}
export interface ListEntry {
  /** A document whose answer lists what the caller reaches. */
  list: string;
  variables?: (self: Tenant) => Vars;
}
export interface OpenEntry {
  open: string;
}
export type Entry = ObjectEntry | PublicObjectEntry | ListEntry | OpenEntry;

const id = (o: ObjectRef) => o as string;
const pass = (o: ObjectRef) => o as PassRef;
const inProgramme = (o: ObjectRef) => o as PlaceInProgramme;
const today = () => new Date().toISOString().slice(0, 10);
const PROFILE = { ageBand: 'FROM_26_TO_44', situation: 'FAR_FROM_EMPLOYMENT', residenceInseeCode: '80021', consent: true };
const DELIBERATION = {
  number: 'AMENDEMENT-1',
  decidedOn: '2099-01-01',
  body: 'STANDING_COMMITTEE',
  place: 'Salle des délibérations',
  chair: 'La présidence',
  subject: 'Avenant',
  vote: { for: 10, against: 0, abstention: 0, present: 10, proxies: 0, absent: 0, notVoting: 0 },
  outcome: 'ADOPTED_UNANIMOUSLY',
  decisions: ['Modifier le programme.'],
  cites: [],
};
const PLACE_DESCRIPTION = {
  name: 'Lieu renommé',
  address: { street: '1 rue de la Paix', postalCode: '80000', inseeCode: '80021' },
  services: ['EVERYDAY_DIGITAL_TOOLS'],
};
const AUDIT = (service: string) => `{ ${service}AuditTrail(first: 200) { edges { node { programmeIds targets } } } }`;

export const CROSS_TENANT: Record<string, Entry> = {
  // funding
  'Query.fundingAuditTrail': { list: AUDIT('funding') },
  'Query.programmes': { open: 'a programme as voted (deliberations, authorisations, plan) is a public act; its money is guarded field by field (Query.programme)' },
  'Query.programme': {
    publicObject: 'programme',
    variables: (o: ObjectRef) => ({ id: id(o) }),
    document: `query($id: ID!) { programme(id: $id) { code budget { paid { cents } } commitments { totalCount } payments { totalCount } reconciliation { reconciled } fundingPlan { coFunders { received { cents } receipts { id } } } } }`,
  },
  'Query.programmeByCode': { open: 'the same public act as Query.programme, found by its code' },
  'Query.commitment': { object: 'commitment', variables: (o: ObjectRef) => ({ id: id(o) }), document: `query($id: ID!) { commitment(id: $id) { id amount { cents } } }` },
  'Query.passesReconciliation': { object: 'programme', variables: (o: ObjectRef) => ({ id: id(o) }), document: `query($id: ID!) { passesReconciliation(programmeId: $id) { reconciled } }` },
  'Mutation.openProgramme': { open: "creates a programme: its owner rule (a manager's own organisation, any for the operator) is checked in funding's tests" },
  'Mutation.setFundingPlan': {
    object: 'programme',
    variables: (o: ObjectRef, self: Tenant) => ({
      input: { programmeId: id(o), coFunders: [{ organisationId: self.authorityOrganisationId, displayName: 'Autorité', kind: 'OWN_FUNDS', rule: 'REMAINDER', planned: '100000.00', status: 'GRANTED' }] },
    }),
    document: `mutation($input: SetFundingPlanInput!) { setFundingPlan(input: $input) { balanced } }`,
  },
  'Mutation.recordCoFunderReceipt': {
    object: 'coFunder',
    variables: (o: ObjectRef) => ({ input: { coFunderId: id(o), amount: '10.00', receivedOn: today(), reference: 'RECETTE-1' } }),
    document: `mutation($input: RecordCoFunderReceiptInput!) { recordCoFunderReceipt(input: $input) { id } }`,
  },
  'Mutation.changeSettlementModel': {
    object: 'programme',
    variables: (o: ObjectRef) => ({ input: { programmeId: id(o), settlementModel: 'DIRECT' } }),
    document: `mutation($input: ChangeSettlementModelInput!) { changeSettlementModel(input: $input) { id } }`,
  },
  'Mutation.recordCommitment': {
    object: 'authorisation',
    variables: (o: ObjectRef) => ({ input: { authorisationId: id(o), kind: 'OTHER', reference: 'ENG-X', committedOn: today(), amount: '10.00' } }),
    document: `mutation($input: RecordCommitmentInput!) { recordCommitment(input: $input) { id } }`,
  },
  'Mutation.recordPayment': {
    object: 'commitment',
    variables: (o: ObjectRef) => ({ input: { commitmentId: id(o), paymentOrderNumber: 'MANDAT-X', paidOn: today(), federEligible: false, amount: '10.00' } }),
    document: `mutation($input: RecordPaymentInput!) { recordPayment(input: $input) { id } }`,
  },
  'Mutation.recordCommitmentReduction': {
    object: 'commitment',
    variables: (o: ObjectRef) => ({ input: { commitmentId: id(o), amount: '1.00', reducedOn: today(), reference: 'REDUCTION-X' } }),
    document: `mutation($input: RecordCommitmentReductionInput!) { recordCommitmentReduction(input: $input) { id } }`,
  },
  'Mutation.recordReceipt': {
    object: 'commitment',
    variables: (o: ObjectRef) => ({ input: { commitmentId: id(o), kind: 'RECOVERY', issuedOn: today(), amount: '1.00', reference: 'TITRE-X', reason: 'trop perçu' } }),
    document: `mutation($input: RecordReceiptInput!) { recordReceipt(input: $input) { id } }`,
  },
  'Mutation.amendProgramme': {
    object: 'programme',
    variables: (o: ObjectRef) => ({ input: { programmeId: id(o), deliberation: DELIBERATION, endsOn: '2099-12-31' } }),
    document: `mutation($input: AmendProgrammeInput!) { amendProgramme(input: $input) { id } }`,
  },
  'Mutation.closeProgramme': {
    object: 'programme',
    variables: (o: ObjectRef) => ({ input: { programmeId: id(o), closedOn: today(), reference: 'CLOTURE-X' } }),
    document: `mutation($input: CloseProgrammeInput!) { closeProgramme(input: $input) { id } }`,
    consumes: 'programme',
  },
  'Mutation.submitClaim': {
    object: 'coFunder',
    variables: (o: ObjectRef) => ({ input: { coFunderId: id(o), amount: '0.01', asOf: today(), submittedOn: today(), reference: 'APPEL-X' } }),
    document: `mutation($input: SubmitClaimInput!) { submitClaim(input: $input) { __typename } }`,
  },
  'Mutation.recordFinalReport': {
    object: 'coFunder',
    variables: (o: ObjectRef) => ({ input: { coFunderId: id(o), filedOn: today(), reference: 'RAPPORT-X' } }),
    document: `mutation($input: RecordFinalReportInput!) { recordFinalReport(input: $input) { id } }`,
  },

  // partners
  'Query.partnersAuditTrail': { list: AUDIT('partners') },
  'Query.organisation': { publicObject: 'organisation', variables: (o: ObjectRef) => ({ id: id(o) }), document: `query($id: ID!) { organisation(id: $id) { name credentials { id } webhooks { id } } }` },
  'Query.organisationBySiret': { open: 'organisations are open data; their private fields are those of Query.organisation' },
  'Query.organisations': { open: 'organisations are open data' },
  'Query.agreement': { open: 'who takes part in a programme is open data (a beneficiary needs to know where to get a pass)' },
  'Query.agreements': { open: 'as Query.agreement' },
  'Query.place': {
    publicObject: 'place',
    variables: (o: ObjectRef) => ({ id: id(o) }),
    document: `query($id: ID!) { place(id: $id) { name iban contactPeople { name } cashesThroughRegie qualifications { programme { id } status } bankDetailsHistory { iban } bankDetailsChangeRequests { id } } }`,
  },
  'Query.places': { open: "the national standard's open data; private fields as Query.place" },
  'Query.placesCsv': { open: "the national standard's open data, no private field" },
  'Query.placeCountColumns': { open: 'counts of places by territory' },
  'Query.findPlaces': { open: "the national standard's open data of the places that accept passes" },
  // Applications with their documents (partners documents/, applications/).
  'Query.document': { object: 'document', variables: (o: ObjectRef) => ({ id: id(o) }), document: `query($id: ID!) { document(id: $id) { id fileName downloadUrl } }` },
  'Query.applicationRequirements': { open: 'the documents a programme asks of applicants are the same for everyone who may apply' },
  'Query.applications': {
    object: 'programme',
    variables: (o: ObjectRef) => ({ programmeId: id(o) }),
    document: `query($programmeId: ID!) { applications(programmeId: $programmeId) { totalCount edges { node { place { id } documents { id } } } } }`,
  },
  'Mutation.setApplicationRequirements': {
    object: 'programme',
    variables: (o: ObjectRef) => ({ programmeId: id(o), kinds: ['BANK_DETAILS_CERTIFICATE', 'STATUTES'] }),
    document: `mutation($programmeId: ID!, $kinds: [DocumentKind!]!) { setApplicationRequirements(programmeId: $programmeId, kinds: $kinds) }`,
  },
  'Mutation.requestApplicationChanges': {
    object: 'placeInProgramme',
    variables: (o: ObjectRef) => ({ ...inProgramme(o) }),
    document: `mutation($placeId: ID!, $programmeId: ID!) { requestApplicationChanges(placeId: $placeId, programmeId: $programmeId, message: "RIB illisible") { id } }`,
  },
  'Mutation.refuseApplication': {
    object: 'placeInProgramme',
    variables: (o: ObjectRef) => ({ ...inProgramme(o) }),
    document: `mutation($placeId: ID!, $programmeId: ID!) { refuseApplication(placeId: $placeId, programmeId: $programmeId, reason: "hors territoire") { id } }`,
  },
  'Mutation.requestDocumentUpload': {
    object: 'place',
    variables: (o: ObjectRef) => ({ input: { placeId: id(o), kind: 'STATUTES', fileName: 'statuts.pdf', contentType: 'application/pdf', byteSize: 1000 } }),
    document: `mutation($input: RequestDocumentUploadInput!) { requestDocumentUpload(input: $input) { document { id } uploadUrl } }`,
  },
  'Query.webhook': { object: 'webhook', variables: (o: ObjectRef) => ({ id: id(o) }), document: `query($id: ID!) { webhook(id: $id) { id url } }` },
  'Mutation.registerOrganisation': { open: 'organisations are shared by every programme; SIRET rules checked in partners' },
  // Self-registration and memberships (partners members/): what an organisation's members may do follows from their membership.
  'Mutation.registerMyOrganisation': { open: 'registers the caller’s own new organisation, naming no tenant’s object; a SIRET already registered is refused whoever registered it (partners’ tests)' },
  'Mutation.acceptInvitation': { open: 'the invitation’s code is the capability: an unknown, expired or used one answers INVITATION_INVALID alike (partners’ tests)' },
  'Query.myMemberships': { list: `{ myMemberships { role organisation { id } } }` },
  'Query.organisationsAwaitingVerification': { list: `{ organisationsAwaitingVerification(first: 200) { edges { node { id } } } }` },
  'Mutation.inviteMember': {
    object: 'selfRegisteredOrganisation',
    variables: (o: ObjectRef) => ({ id: id(o) }),
    document: `mutation($id: ID!) { inviteMember(organisationId: $id, email: "collegue@example.org", role: MEMBER) { invitation { id } } }`,
  },
  'Mutation.changeMemberRole': {
    object: 'selfRegisteredOrganisation',
    variables: (o: ObjectRef, self: Tenant) => ({ id: id(o), subject: self.founderSubject }),
    document: `mutation($id: ID!, $subject: String!) { changeMemberRole(organisationId: $id, subject: $subject, role: ADMIN) { role } }`,
  },
  'Mutation.removeMember': {
    object: 'selfRegisteredOrganisation',
    variables: (o: ObjectRef, self: Tenant) => ({ id: id(o), subject: self.founderSubject }),
    document: `mutation($id: ID!, $subject: String!) { removeMember(organisationId: $id, subject: $subject) }`,
  },
  'Mutation.verifyOrganisation': {
    object: 'selfRegisteredOrganisation',
    variables: (o: ObjectRef) => ({ id: id(o) }),
    document: `mutation($id: ID!) { verifyOrganisation(id: $id) { id } }`,
    consumes: true,
    crossTenants: { caller: 'platform_operator', why: 'the platform operator verifies every self-registered organisation, whoever it works with' },
  },
  'Mutation.rejectOrganisation': {
    object: 'selfRegisteredOrganisation',
    variables: (o: ObjectRef) => ({ id: id(o) }),
    document: `mutation($id: ID!) { rejectOrganisation(id: $id, reason: "SIRET fermé") { id } }`,
    consumes: true,
    crossTenants: { caller: 'platform_operator', why: 'the platform operator verifies every self-registered organisation, whoever it works with' },
  },
  'Mutation.signAgreement': {
    object: 'programme',
    variables: (o: ObjectRef, self: Tenant) => ({ input: { programmeId: id(o), organisationId: self.distributorOrganisationId, role: 'CO_PILOT', startsOn: today() } }),
    document: `mutation($input: SignAgreementInput!) { signAgreement(input: $input) { id } }`,
  },
  'Mutation.registerPlace': {
    object: 'organisation',
    variables: (o: ObjectRef) => ({ input: { organisationId: id(o), description: { ...PLACE_DESCRIPTION, externalId: `x-${randomUUID().slice(0, 8)}` } } }),
    document: `mutation($input: RegisterPlaceInput!) { registerPlace(input: $input) { id } }`,
    crossTenants: { caller: 'platform_operator', why: 'the platform operator describes places for any organisation' },
  },
  'Mutation.updatePlace': {
    object: 'place',
    variables: (o: ObjectRef) => ({ id: id(o), description: PLACE_DESCRIPTION }),
    document: `mutation($id: ID!, $description: PlaceDescriptionInput!) { updatePlace(placeId: $id, description: $description) { id } }`,
    crossTenants: { caller: 'platform_operator', why: 'the platform operator describes places for any organisation' },
  },
  'Mutation.applyForQualification': {
    object: 'placeInProgramme',
    variables: (o: ObjectRef) => ({ input: { placeId: inProgramme(o).placeId, programmeId: inProgramme(o).programmeId, iban: 'FR7630006000011234567890189' } }),
    document: `mutation($input: ApplyForQualificationInput!) { applyForQualification(input: $input) { id } }`,
  },
  'Mutation.qualifyPlace': {
    object: 'placeInProgramme',
    variables: (o: ObjectRef) => ({ ...inProgramme(o) }),
    document: `mutation($placeId: ID!, $programmeId: ID!) { qualifyPlace(placeId: $placeId, programmeId: $programmeId) { id } }`,
  },
  // A pending change of the tenant's place's bank details (requested by its person), decided by a finance officer of its programme:
  // listed before revokePlace, which also uses its object up, as a revoked place's bank details are no longer its programme's to decide.
  'Query.pendingBankDetailsChanges': { list: `query($p: ID!) { pendingBankDetailsChanges(programmeId: $p) { id place { id } } }`, variables: (self: Tenant) => ({ p: self.programme.id }) },
  'Mutation.requestBankDetailsChange': {
    object: 'place',
    variables: (o: ObjectRef) => ({ input: { placeId: id(o), iban: 'DE89 3704 0044 0532 0130 00', holder: 'Titulaire', certificateDocumentId: '00000000-0000-4000-8000-00000000ce47' } }),
    document: `mutation($input: RequestBankDetailsChangeInput!) { requestBankDetailsChange(input: $input) { id } }`,
  },
  'Mutation.approveBankDetailsChange': {
    object: 'bankDetailsRequest',
    variables: (o: ObjectRef) => ({ id: id(o) }),
    document: `mutation($id: ID!) { approveBankDetailsChange(requestId: $id) { id status } }`,
    consumes: true,
  },
  'Mutation.rejectBankDetailsChange': {
    object: 'bankDetailsRequest',
    variables: (o: ObjectRef) => ({ id: id(o), reason: 'RIB illisible' }),
    document: `mutation($id: ID!, $reason: String!) { rejectBankDetailsChange(requestId: $id, reason: $reason) { id status } }`,
    consumes: true,
  },
  'Query.myNotifications': { list: `{ myNotifications { id place { id } } }` },
  'Mutation.markNotificationRead': { object: 'notification', variables: (o: ObjectRef) => ({ id: id(o) }), document: `mutation($id: ID!) { markNotificationRead(notificationId: $id) { id } }` },
  'Mutation.suspendPlace': {
    object: 'placeInProgramme',
    variables: (o: ObjectRef) => ({ ...inProgramme(o) }),
    document: `mutation($placeId: ID!, $programmeId: ID!) { suspendPlace(placeId: $placeId, programmeId: $programmeId, reason: "contrôle") { id } }`,
  },
  'Mutation.reinstatePlace': {
    object: 'placeInProgramme',
    variables: (o: ObjectRef) => ({ ...inProgramme(o) }),
    document: `mutation($placeId: ID!, $programmeId: ID!) { reinstatePlace(placeId: $placeId, programmeId: $programmeId) { id } }`,
  },
  'Mutation.revokePlace': {
    object: 'placeInProgramme',
    variables: (o: ObjectRef) => ({ ...inProgramme(o) }),
    document: `mutation($placeId: ID!, $programmeId: ID!) { revokePlace(placeId: $placeId, programmeId: $programmeId, reason: "fin") { id } }`,
    consumes: true,
  },
  'Mutation.importPlaces': {
    object: 'organisation',
    variables: (o: ObjectRef) => ({ organisationId: id(o), csv: 'id,pivot,nom,adresse,code_postal,services\n' }),
    document: `mutation($organisationId: ID, $csv: String!) { importPlaces(organisationId: $organisationId, csv: $csv, dryRun: true) { __typename } }`,
    crossTenants: { caller: 'platform_operator', why: 'the platform operator describes places for any organisation' },
  },
  'Mutation.issueCredential': {
    object: 'organisation',
    variables: (o: ObjectRef) => ({ input: { organisationId: id(o), label: 'caisse', scopes: ['read:own'] } }),
    document: `mutation($input: IssueCredentialInput!) { issueCredential(input: $input) { credential { id } } }`,
  },
  'Mutation.createSandbox': { object: 'organisation', variables: (o: ObjectRef) => ({ id: id(o) }), document: `mutation($id: ID!) { createSandbox(organisationId: $id) { programmeId } }` },
  'Mutation.resetSandboxPasses': { object: 'sandbox', variables: (o: ObjectRef) => ({ id: id(o) }), document: `mutation($id: ID!) { resetSandboxPasses(programmeId: $id) { programmeId } }` },
  'Mutation.revokeCredential': { object: 'credential', variables: (o: ObjectRef) => ({ id: id(o) }), document: `mutation($id: ID!) { revokeCredential(credentialId: $id) { id } }`, consumes: true },
  'Mutation.registerWebhook': {
    object: 'organisation',
    variables: (o: ObjectRef) => ({ input: { organisationId: id(o), url: 'https://caisse.example.org/hooks', events: ['place.suspended'] } }),
    document: `mutation($input: RegisterWebhookInput!) { registerWebhook(input: $input) { webhook { id } } }`,
  },
  'Mutation.rotateWebhookSecret': { object: 'webhook', variables: (o: ObjectRef) => ({ id: id(o) }), document: `mutation($id: ID!) { rotateWebhookSecret(webhookId: $id) { webhook { id } } }` },
  'Mutation.disableWebhook': { object: 'webhook', variables: (o: ObjectRef) => ({ id: id(o) }), document: `mutation($id: ID!) { disableWebhook(webhookId: $id) { id } }` },
  'Mutation.enableWebhook': { object: 'webhook', variables: (o: ObjectRef) => ({ id: id(o) }), document: `mutation($id: ID!) { enableWebhook(webhookId: $id) { id } }` },
  'Mutation.deleteWebhook': { object: 'webhook', variables: (o: ObjectRef) => ({ id: id(o) }), document: `mutation($id: ID!) { deleteWebhook(webhookId: $id) }`, consumes: true },
  'Mutation.pingWebhook': { object: 'webhook', variables: (o: ObjectRef) => ({ id: id(o) }), document: `mutation($id: ID!) { pingWebhook(webhookId: $id) { id } }` },
  'Mutation.redeliverWebhook': { object: 'delivery', variables: (o: ObjectRef) => ({ id: id(o) }), document: `mutation($id: ID!) { redeliverWebhook(deliveryId: $id) { id } }` },
  // The caller's organisation asks, as a software vendor, its tenant's distributor for a delegation.
  'Mutation.requestDelegation': {
    object: 'organisation',
    variables: (o: ObjectRef, self: Tenant) => ({ input: { vendorOrganisationId: id(o), organisationId: self.distributorOrganisationId, scopes: ['read:own'] } }),
    document: `mutation($input: RequestDelegationInput!) { requestDelegation(input: $input) { id } }`,
  },
  'Mutation.acceptDelegation': { object: 'delegation', variables: (o: ObjectRef) => ({ id: id(o) }), document: `mutation($id: ID!) { acceptDelegation(delegationId: $id) { id } }` },
  'Mutation.declineDelegation': { object: 'delegation', variables: (o: ObjectRef) => ({ id: id(o) }), document: `mutation($id: ID!) { declineDelegation(delegationId: $id) { id } }` },
  'Mutation.revokeDelegation': { object: 'delegation', variables: (o: ObjectRef) => ({ id: id(o) }), document: `mutation($id: ID!) { revokeDelegation(delegationId: $id) { id } }`, consumes: true },

  // territory
  'Query.territoryAuditTrail': { list: AUDIT('territory') },
  'Query.territory': { open: 'the official map' },
  'Query.territories': { open: 'the official map' },
  'Query.searchCommunes': { open: 'the official map' },
  'Query.communesByPostalCode': { open: 'the official map' },
  'Query.mapSource': { open: 'the map tiles configuration' },
  'Query.zone': { open: "a programme's zones are published with its perimeter" },
  'Query.zones': { open: 'as Query.zone' },
  'Mutation.defineZone': {
    object: 'programme',
    variables: (o: ObjectRef) => ({ input: { name: `Zone ${randomUUID().slice(0, 8)}`, programmeId: id(o), epcis: ['248000531'] } }),
    document: `mutation($input: DefineZoneInput!) { defineZone(input: $input) { id } }`,
  },
  'Mutation.renameZone': { object: 'zone', variables: (o: ObjectRef) => ({ id: id(o), name: `Renommée ${randomUUID().slice(0, 8)}` }), document: `mutation($id: ID!, $name: String!) { renameZone(id: $id, name: $name) { id } }` },
  'Mutation.changeZone': { object: 'zone', variables: (o: ObjectRef) => ({ id: id(o), input: { passQuota: 100 } }), document: `mutation($id: ID!, $input: ChangeZoneInput!) { changeZone(id: $id, input: $input) { id } }` },
  'Mutation.deleteZone': { object: 'zone', variables: (o: ObjectRef) => ({ id: id(o) }), document: `mutation($id: ID!) { deleteZone(id: $id) { id } }`, consumes: true },

  // passes
  'Query.passesAuditTrail': { list: AUDIT('passes') },
  'Query.programmePasses': {
    publicObject: 'programme',
    variables: (o: ObjectRef) => ({ id: id(o) }),
    document: `query($id: ID!) { programmePasses(programmeId: $id) { code funnel { handedOut redeemed } peopleHelped { count } usageBreakdown(by: DEPARTEMENT) { totalCount } funnelColumns(by: COMMUNE) { keys } alerts { asOf } } }`,
  },
  'Query.passOrder': { object: 'order', variables: (o: ObjectRef) => ({ id: id(o) }), document: `query($id: ID!) { passOrder(id: $id) { id status } }` },
  'Query.passOrders': { object: 'programme', variables: (o: ObjectRef) => ({ id: id(o) }), document: `query($id: ID!) { passOrders(programmeId: $id) { totalCount edges { node { id } } } }` },
  'Query.booklet': { object: 'booklet', variables: (o: ObjectRef) => ({ id: id(o) }), document: `query($id: ID!) { booklet(id: $id) { id state } }` },
  'Query.bookletByNumber': {
    object: 'bookletNumber',
    variables: (o: ObjectRef) => ({ number: id(o) }),
    document: `query($number: String!) { bookletByNumber(number: $number) { id } }`,
  },
  'Query.distributorBooklets': {
    object: 'distributor',
    variables: (o: ObjectRef) => ({ id: id(o) }),
    document: `query($id: ID!) { distributorBooklets(organisationId: $id) { totalCount edges { node { id } } } }`,
  },
  'Query.nextPassesToHandOut': {
    object: 'distributor',
    variables: (o: ObjectRef) => ({ id: id(o) }),
    document: `query($id: ID!) { nextPassesToHandOut(organisationId: $id) { passNumber availableCount programme { id } } }`,
  },
  'Query.placeRedemptions': {
    object: 'place',
    variables: (o: ObjectRef) => ({ id: id(o) }),
    document: `query($id: ID!) { placeRedemptions(placeId: $id) { totalCount edges { node { id status } } } }`,
  },
  'Query.checkPass': {
    object: 'pass',
    variables: (o: ObjectRef, self: Tenant) => ({ pass: { passNumber: pass(o).number, code: pass(o).code }, placeId: self.place.id }),
    document: `query($pass: PresentedPassInput!, $placeId: ID) { checkPass(pass: $pass, placeId: $placeId) { redeemable refusal } }`,
  },
  'Query.statements': { list: `{ statements(first: 100) { edges { node { id programme { id } } } } }` },
  'Query.statement': { object: 'statement', variables: (o: ObjectRef) => ({ id: id(o) }), document: `query($id: ID!) { statement(id: $id) { id status payeeBankDetails { versionId } } }` },
  'Query.creditNotes': { object: 'programme', variables: (o: ObjectRef) => ({ id: id(o) }), document: `query($id: ID!) { creditNotes(programmeId: $id) { totalCount } }` },
  'Query.pass': { object: 'pass', variables: (o: ObjectRef) => ({ number: pass(o).number }), document: `query($number: String!) { pass(number: $number) { number status } }` },
  'Query.openPassFigures': { open: 'open data under the small-count suppression rule' },
  'Query.openPassFiguresCsv': { open: 'open data under the small-count suppression rule' },
  'Query.myPass': { open: 'whoever holds the number and code; a wrong code answers as a number that is no pass' },
  'Mutation.placeOrder': { object: 'programme', variables: (o: ObjectRef) => ({ input: { programmeId: id(o), bookletCount: 1 } }), document: `mutation($input: PlaceOrderInput!) { placeOrder(input: $input) { id } }` },
  'Mutation.markOrderDelivered': { object: 'placedOrder', variables: (o: ObjectRef) => ({ id: id(o) }), document: `mutation($id: ID!) { markOrderDelivered(orderId: $id) { id } }` },
  'Mutation.activateOrder': { object: 'placedOrder', variables: (o: ObjectRef) => ({ id: id(o) }), document: `mutation($id: ID!) { activateOrder(orderId: $id, paymentOrderNumber: "MANDAT-X") { id } }` },
  'Mutation.exportPrintFile': { object: 'unexportedOrder', variables: (o: ObjectRef) => ({ id: id(o) }), document: `mutation($id: ID!) { exportPrintFile(orderId: $id) { passCount } }`, consumes: true },
  'Mutation.allocateBooklets': {
    object: 'unexportedOrder',
    variables: (o: ObjectRef, self: Tenant) => ({ input: { orderId: id(o), distributorOrganisationId: self.distributorOrganisationId, count: 1 } }),
    document: `mutation($input: AllocateBookletsInput!) { allocateBooklets(input: $input) { id } }`,
  },
  'Mutation.returnBooklets': { object: 'booklet', variables: (o: ObjectRef) => ({ ids: [id(o)] }), document: `mutation($ids: [ID!]!) { returnBooklets(bookletIds: $ids) { id } }`, consumes: true },
  'Mutation.handOut': {
    object: 'booklet',
    variables: (o: ObjectRef) => ({ input: { bookletId: id(o), profile: PROFILE } }),
    document: `mutation($input: HandOutInput!) { handOut(input: $input) { id } }`,
    consumes: true,
  },
  'Mutation.redeemPass': {
    object: 'pass',
    variables: (o: ObjectRef, self: Tenant) => ({ input: { pass: { passNumber: pass(o).number, code: pass(o).code }, placeId: self.place.id, idempotencyKey: randomUUID() } }),
    document: `mutation($input: RedeemPassInput!) { redeemPass(input: $input) { id } }`,
    consumes: true,
  },
  'Mutation.recoverRedemption': {
    object: 'redemption',
    variables: (o: ObjectRef) => ({ id: id(o) }),
    document: `mutation($id: ID!) { recoverRedemption(redemptionId: $id, reason: "pass scanné sans accompagnement") { id } }`,
    consumes: true,
  },
  'Mutation.cancelRedemption': { object: 'redemption', variables: (o: ObjectRef) => ({ id: id(o) }), document: `mutation($id: ID!) { cancelRedemption(redemptionId: $id, reason: "scan en double") { id } }`, consumes: true },
  'Mutation.generateStatements': {
    object: 'programme',
    variables: (o: ObjectRef) => ({ id: id(o) }),
    document: `mutation($id: ID!) { generateStatements(programmeId: $id, month: "2020-05") { statementCount } }`,
  },
  'Mutation.approveStatement': { object: 'statement', variables: (o: ObjectRef) => ({ id: id(o) }), document: `mutation($id: ID!) { approveStatement(statementId: $id) { id } }` },
  'Mutation.markStatementPaid': {
    object: 'statement',
    variables: (o: ObjectRef) => ({ id: id(o) }),
    document: `mutation($id: ID!) { markStatementPaid(statementId: $id, paymentReference: "VIREMENT-X") { id } }`,
  },
  'Mutation.runExpiry': { object: 'programme', variables: (o: ObjectRef) => ({ id: id(o) }), document: `mutation($id: ID!) { runExpiry(programmeId: $id) { __typename } }` },
};
