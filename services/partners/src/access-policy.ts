// Who may call what of the partners service (ARCHITECTURE.md, "Tenancy"). Who takes part is open
// data: organisations, their agreements and their places are what a beneficiary needs to find
// where to get and spend a pass, and the places' file is the national standard's open data.
// Private fields (a place's IBAN, contact people, régie and qualification records, an
// organisation's credentials and webhooks) are named below with the roles that may read them;
// tenancy.ts says whose. Writes: the platform operator and programme managers register the
// organisations every programme shares; programme managers sign their programme's agreements and
// decide on the places that applied to it; a place's own people describe it (or the operator) and
// apply; people of a distributor, a place or an authority manage their own software's credentials
// and webhooks (never the software itself).
import { PROGRAMME_READERS, STAFF, type AccessPolicy } from '@pass-numerique/service-kit';

/** Credentials and webhooks: the people of an organisation that runs software on the platform. */
const INTEGRATORS = ['programme_manager', 'distributor', 'place'] as const;
/** A place's private details: its organisation's people (whatever they do there) and programme staff. */
const PLACE_INSIDERS = [...STAFF, 'distributor', 'place'] as const;
/** A place's qualification records are evidence: funders' auditors read them too. */
const QUALIFICATION_READERS = [...PROGRAMME_READERS, 'distributor', 'place'] as const;
/** Who pays a place and who is paid: the full account number a statement goes to. */
const PAYMENT_PARTIES = ['finance_officer', 'place'] as const;
/** People told about their organisation in the console: whoever signs in as a person. */
const NOTIFICATION_RECIPIENTS = [...PLACE_INSIDERS, 'person'] as const;
/** Documents of an application: the applicant's people and the staff who decide on it. */
const DOCUMENT_READERS = PLACE_INSIDERS;

export const partnersAccessPolicy: AccessPolicy = {
  operations: {
    'Query.partnersAuditTrail': STAFF,
    // The gateway's own call, turning a partner key into an identity; @inaccessible in the API.
    'Query.verifyCredential': ['platform'],
    // The gateway's own call, turning a person's memberships into grants; @inaccessible in the API.
    'Query.personMemberships': ['platform'],
    'Query.myMemberships': ['person'],
    'Query.organisationsAwaitingVerification': ['platform_operator'],
    'Query.organisation': 'anyone',
    'Query.organisationBySiret': 'anyone',
    'Query.organisations': 'anyone',
    'Query.agreement': 'anyone',
    'Query.agreements': 'anyone',
    'Query.place': 'anyone',
    'Query.places': 'anyone',
    'Query.placesCsv': 'anyone',
    'Query.placeCountColumns': 'anyone',
    // The public finder: where to spend a pass (finder/).
    'Query.findPlaces': 'anyone',
    'Query.webhook': INTEGRATORS,
    'Mutation.registerOrganisation': ['platform_operator', 'programme_manager'],
    // Self-registration and memberships (members/): a signed-in person with no grant of the
    // provider's; whose organisation it is, the person's membership says (tenancy.ts).
    'Mutation.registerMyOrganisation': ['person'],
    'Mutation.acceptInvitation': ['person'],
    'Mutation.inviteMember': ['person'],
    'Mutation.changeMemberRole': ['person'],
    'Mutation.removeMember': ['person'],
    'Mutation.verifyOrganisation': ['platform_operator'],
    'Mutation.rejectOrganisation': ['platform_operator'],
    'Mutation.signAgreement': ['programme_manager'],
    'Mutation.registerPlace': ['place', 'platform_operator'],
    'Mutation.updatePlace': ['place', 'platform_operator'],
    'Mutation.importPlaces': ['place', 'platform_operator'],
    'Mutation.applyForQualification': ['place'],
    'Mutation.qualifyPlace': ['programme_manager'],
    'Mutation.suspendPlace': ['programme_manager'],
    'Mutation.reinstatePlace': ['programme_manager'],
    'Mutation.revokePlace': ['programme_manager'],
    // Applications with their documents (documents/, applications/): the applicant's people give
    // documents; the programme's managers say what they ask for and review.
    'Query.document': DOCUMENT_READERS,
    'Query.applicationRequirements': 'anyone',
    'Query.applications': STAFF,
    'Mutation.requestDocumentUpload': ['place', 'distributor'],
    'Mutation.setApplicationRequirements': ['programme_manager'],
    'Mutation.requestApplicationChanges': ['programme_manager'],
    'Mutation.refuseApplication': ['programme_manager'],
    'Mutation.issueCredential': INTEGRATORS,
    'Mutation.createSandbox': INTEGRATORS,
    'Mutation.revokeCredential': INTEGRATORS,
    'Mutation.registerWebhook': INTEGRATORS,
    'Mutation.rotateWebhookSecret': INTEGRATORS,
    'Mutation.disableWebhook': INTEGRATORS,
    'Mutation.enableWebhook': INTEGRATORS,
    'Mutation.deleteWebhook': INTEGRATORS,
    'Mutation.pingWebhook': INTEGRATORS,
    'Mutation.redeliverWebhook': INTEGRATORS,
    // Delegations to software vendors: the people of either organisation (tenancy.ts says which side does what).
    'Mutation.requestDelegation': INTEGRATORS,
    'Mutation.acceptDelegation': INTEGRATORS,
    'Mutation.declineDelegation': INTEGRATORS,
    'Mutation.revokeDelegation': INTEGRATORS,
    // Bank details: the place's own people ask, a finance officer of a programme paying it decides (four eyes).
    'Query.pendingBankDetailsChanges': ['finance_officer'],
    'Mutation.requestBankDetailsChange': ['place'],
    'Mutation.approveBankDetailsChange': ['finance_officer'],
    'Mutation.rejectBankDetailsChange': ['finance_officer'],
    'Query.myNotifications': NOTIFICATION_RECIPIENTS,
    'Mutation.markNotificationRead': NOTIFICATION_RECIPIENTS,
  },
  entities: {
    // Open fields for all; the private ones are guarded below.
    Territory: 'anyone',
    Organisation: 'anyone',
    Place: 'anyone',
    // A sandbox is its organisation's business (tenancy.ts: mayListCredentialsOf).
    Sandbox: INTEGRATORS,
    // Passes' statement, to which partners adds what it is paid to.
    Statement: PLACE_INSIDERS,
  },
  fields: {
    'Place.iban': PLACE_INSIDERS,
    'Place.contactPeople': PLACE_INSIDERS,
    'Place.cashesThroughRegie': PLACE_INSIDERS,
    'Place.bankDetailsHistory': PLACE_INSIDERS,
    'Place.bankDetailsChangeRequests': PLACE_INSIDERS,
    'Statement.payeeBankDetails': PLACE_INSIDERS,
    'StatementPayeeBankDetails.iban': PAYMENT_PARTIES,
    'Place.qualifications': QUALIFICATION_READERS,
    'Place.qualification': QUALIFICATION_READERS,
    'Qualification.documents': DOCUMENT_READERS,
    'Organisation.credentials': INTEGRATORS,
    'Organisation.sandbox': INTEGRATORS,
    'Organisation.webhooks': INTEGRATORS,
    'Organisation.members': ['person'],
    'Organisation.invitations': ['person'],
    'OrganisationVerification.reason': ['person', 'platform_operator'],
    'Organisation.delegationsGranted': INTEGRATORS,
    'Organisation.delegationsReceived': INTEGRATORS,
  },
};
