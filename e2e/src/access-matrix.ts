// Who may use each operation of the API, written down once from the roles table in ARCHITECTURE.md ("Who may do what"), apart
// from the services' own policies so that the test compares two independent statements of the
// rule. One entry per root field of the gateway's public schema; the matrix test fails when the
// API gains or loses an operation and this file does not follow.
import { ROLES, type Role } from '@pass-numerique/service-kit';

const PM = 'programme_manager';
const FO = 'finance_officer';
const FA = 'funder_auditor';
const DISTRIBUTOR = 'distributor';
const PLACE = 'place';
const OPERATOR = 'platform_operator';

/** Open data: the anonymous public included. */
const EVERYONE: readonly Role[] = ROLES;
/** Programme staff: managers and finance officers. */
const STAFF: readonly Role[] = [PM, FO];
/** Those who read a programme's figures and evidence: its staff and the funders' auditors. */
const READERS: readonly Role[] = [PM, FO, FA];
const MANAGERS: readonly Role[] = [PM];
/** Partner integration (credentials, webhooks): the people of the organisation itself (a manager for its authority's). */
const INTEGRATORS: readonly Role[] = [PM, DISTRIBUTOR, PLACE];
/** A place is described once for every programme, by its own people (or the platform operator). */
const PLACE_KEEPERS: readonly Role[] = [PLACE, OPERATOR];

export const ACCESS_MATRIX: Record<string, readonly Role[]> = {
  // funding — a programme as voted is a public act; its money is for its readers, recorded by its staff.
  'Query.fundingAuditTrail': STAFF,
  'Query.programmes': EVERYONE,
  'Query.programme': EVERYONE,
  'Query.programmeByCode': EVERYONE,
  'Query.commitment': READERS,
  'Query.passesReconciliation': READERS,
  // The operator opens programmes for any authority; a manager, for its own organisation only.
  'Mutation.openProgramme': [PM, OPERATOR],
  'Mutation.setFundingPlan': MANAGERS,
  'Mutation.changeSettlementModel': MANAGERS,
  'Mutation.recordCoFunderReceipt': STAFF,
  'Mutation.recordCommitment': STAFF,
  'Mutation.recordPayment': STAFF,
  'Mutation.recordCommitmentReduction': STAFF,
  'Mutation.recordReceipt': STAFF,
  'Mutation.submitClaim': STAFF,
  'Mutation.recordFinalReport': STAFF,
  // A programme's life after the vote: new deliberations amend it, its manager closes it.
  'Mutation.amendProgramme': MANAGERS,
  'Mutation.closeProgramme': MANAGERS,

  // partners — who takes part is open data; places are described by their own people;
  // partners' people manage their software's credentials and webhooks.
  'Query.partnersAuditTrail': STAFF,
  'Query.organisation': EVERYONE,
  'Query.organisationBySiret': EVERYONE,
  'Query.organisations': EVERYONE,
  'Query.agreement': EVERYONE,
  'Query.agreements': EVERYONE,
  'Query.place': EVERYONE,
  'Query.places': EVERYONE,
  'Query.placesCsv': EVERYONE,
  'Query.placeCountColumns': EVERYONE,
  // The public site's finder: where to spend a pass.
  'Query.findPlaces': EVERYONE,
  'Query.webhook': INTEGRATORS,
  'Mutation.registerOrganisation': [PM, OPERATOR],
  // Self-registration and memberships: people the provider gives no role (the gateway's person, no role of this table).
  'Mutation.registerMyOrganisation': [],
  'Mutation.acceptInvitation': [],
  'Mutation.inviteMember': [],
  'Mutation.changeMemberRole': [],
  'Mutation.removeMember': [],
  'Query.myMemberships': [],
  // The operator checks self-registered organisations.
  'Query.organisationsAwaitingVerification': [OPERATOR],
  'Mutation.verifyOrganisation': [OPERATOR],
  'Mutation.rejectOrganisation': [OPERATOR],
  'Mutation.signAgreement': MANAGERS,
  'Mutation.registerPlace': PLACE_KEEPERS,
  'Mutation.updatePlace': PLACE_KEEPERS,
  'Mutation.applyForQualification': [PLACE],
  'Mutation.importPlaces': PLACE_KEEPERS,
  'Mutation.qualifyPlace': MANAGERS,
  'Mutation.suspendPlace': MANAGERS,
  'Mutation.reinstatePlace': MANAGERS,
  'Mutation.revokePlace': MANAGERS,
  // Applications with documents: the applicant's people give them; its managers say what they ask for and review; the staff read them.
  'Query.document': [PM, FO, DISTRIBUTOR, PLACE],
  'Query.applicationRequirements': EVERYONE,
  'Query.applications': STAFF,
  'Mutation.requestDocumentUpload': [DISTRIBUTOR, PLACE],
  'Mutation.setApplicationRequirements': MANAGERS,
  'Mutation.requestApplicationChanges': MANAGERS,
  'Mutation.refuseApplication': MANAGERS,
  'Mutation.issueCredential': INTEGRATORS,
  // Delegations to software vendors: the people of the vendor (asks) and of the organisation (answers); either revokes.
  'Mutation.requestDelegation': INTEGRATORS,
  'Mutation.acceptDelegation': INTEGRATORS,
  'Mutation.declineDelegation': INTEGRATORS,
  'Mutation.revokeDelegation': INTEGRATORS,
  // Bank details change by four eyes: the place's people ask, a finance officer of a programme paying it decides.
  'Mutation.requestBankDetailsChange': [PLACE],
  'Query.pendingBankDetailsChanges': [FO],
  'Mutation.approveBankDetailsChange': [FO],
  'Mutation.rejectBankDetailsChange': [FO],
  // What the platform tells people (a change of their organisation's bank details): every person, never software nor the public.
  'Query.myNotifications': [PM, FO, DISTRIBUTOR, PLACE],
  'Mutation.markNotificationRead': [PM, FO, DISTRIBUTOR, PLACE],
  // An organisation's sandbox: opened by its own people; its test passes renewed by them and its SANDBOX keys.
  'Mutation.createSandbox': INTEGRATORS,
  'Mutation.resetSandboxPasses': [DISTRIBUTOR, PLACE],
  'Mutation.revokeCredential': INTEGRATORS,
  'Mutation.registerWebhook': INTEGRATORS,
  'Mutation.rotateWebhookSecret': INTEGRATORS,
  'Mutation.disableWebhook': INTEGRATORS,
  'Mutation.enableWebhook': INTEGRATORS,
  'Mutation.deleteWebhook': INTEGRATORS,
  'Mutation.pingWebhook': INTEGRATORS,
  'Mutation.redeliverWebhook': INTEGRATORS,

  // territory — the map and the zones are open data; programme managers draw zones.
  'Query.territoryAuditTrail': STAFF,
  'Query.territory': EVERYONE,
  'Query.territories': EVERYONE,
  'Query.searchCommunes': EVERYONE,
  'Query.communesByPostalCode': EVERYONE,
  'Query.mapSource': EVERYONE,
  'Query.zone': EVERYONE,
  'Query.zones': EVERYONE,
  'Mutation.defineZone': MANAGERS,
  'Mutation.renameZone': MANAGERS,
  'Mutation.changeZone': MANAGERS,
  'Mutation.deleteZone': MANAGERS,

  // passes — aggregate figures are open; orders, booklets and passes for readers; distributors
  // hand out and return their booklets; places check, redeem and read their statements.
  'Query.passesAuditTrail': STAFF,
  'Query.programmePasses': EVERYONE,
  'Query.passOrder': READERS,
  'Query.passOrders': READERS,
  'Query.pass': READERS,
  'Query.booklet': READERS,
  'Query.bookletByNumber': READERS,
  'Query.distributorBooklets': [...READERS, DISTRIBUTOR],
  'Query.checkPass': [PM, DISTRIBUTOR, PLACE],
  // A place's own redemptions (to cancel one within the window) and a distributor's next passes to hand out; readers see their programme's.
  'Query.placeRedemptions': [...READERS, PLACE],
  'Query.nextPassesToHandOut': [...READERS, DISTRIBUTOR],
  'Query.statements': [...READERS, PLACE],
  'Query.statement': [...READERS, PLACE],
  'Query.creditNotes': READERS,
  'Query.openPassFigures': EVERYONE,
  'Query.openPassFiguresCsv': EVERYONE,
  // "Mon pass": the number and code are the credential; guesses are throttled per caller and per number.
  'Query.myPass': EVERYONE,
  'Mutation.placeOrder': MANAGERS,
  'Mutation.markOrderDelivered': MANAGERS,
  'Mutation.activateOrder': MANAGERS,
  'Mutation.exportPrintFile': MANAGERS,
  'Mutation.allocateBooklets': MANAGERS,
  'Mutation.returnBooklets': [PM, DISTRIBUTOR],
  'Mutation.handOut': [PM, DISTRIBUTOR],
  'Mutation.redeemPass': [PM, PLACE],
  // Within 72 h: the place that redeemed, or the programme's managers.
  'Mutation.cancelRedemption': [PM, PLACE],
  'Mutation.recoverRedemption': MANAGERS,
  'Mutation.generateStatements': STAFF,
  'Mutation.approveStatement': MANAGERS,
  'Mutation.markStatementPaid': STAFF,
  'Mutation.runExpiry': MANAGERS,
};
