// Who may call what of the partners service (DESIGN.md, "Who calls"). Who takes part is open
// data: organisations, their agreements and their places are what a beneficiary needs to find
// where to get and spend a pass, and the places' file is the national standard's open data.
// Private fields (a place's IBAN and contact people, its qualification record, an organisation's
// credentials and webhooks) are checked field by field in places/place-visibility.ts and the
// webhook service. Writes: programme managers decide; a place's own people describe it and apply;
// people of a distributor or a place manage their software's credentials and their webhooks
// (never the software itself, and only their own organisation's: see the services).
import { STAFF, type AccessPolicy } from '@pass-numerique/service-kit';

const PLACE_KEEPERS = ['programme_manager', 'place'] as const;
/** Credentials and webhooks: programme managers, or the people of the distributor or place itself. */
const INTEGRATORS = ['programme_manager', 'distributor', 'place'] as const;

export const partnersAccessPolicy: AccessPolicy = {
  operations: {
    'Query.partnersAuditTrail': STAFF,
    // The gateway's own call, turning a partner key into an identity; @inaccessible in the API.
    'Query.verifyCredential': ['platform'],
    'Query.organisation': 'anyone',
    'Query.organisationBySiret': 'anyone',
    'Query.organisations': 'anyone',
    'Query.agreement': 'anyone',
    'Query.agreements': 'anyone',
    'Query.place': 'anyone',
    'Query.places': 'anyone',
    'Query.placesCsv': 'anyone',
    'Query.placeCountColumns': 'anyone',
    'Query.webhook': INTEGRATORS,
    'Mutation.registerOrganisation': ['programme_manager'],
    'Mutation.signAgreement': ['programme_manager'],
    'Mutation.registerPlace': PLACE_KEEPERS,
    'Mutation.updatePlace': PLACE_KEEPERS,
    'Mutation.applyForQualification': PLACE_KEEPERS,
    'Mutation.importPlaces': PLACE_KEEPERS,
    'Mutation.qualifyPlace': ['programme_manager'],
    'Mutation.suspendPlace': ['programme_manager'],
    'Mutation.reinstatePlace': ['programme_manager'],
    'Mutation.revokePlace': ['programme_manager'],
    'Mutation.issueCredential': INTEGRATORS,
    'Mutation.revokeCredential': INTEGRATORS,
    'Mutation.registerWebhook': INTEGRATORS,
    'Mutation.rotateWebhookSecret': INTEGRATORS,
    'Mutation.disableWebhook': INTEGRATORS,
    'Mutation.enableWebhook': INTEGRATORS,
    'Mutation.deleteWebhook': INTEGRATORS,
    'Mutation.pingWebhook': INTEGRATORS,
    'Mutation.redeliverWebhook': INTEGRATORS,
  },
  entities: {
    // Open fields for all; the private ones answer null to whoever may not see them.
    Territory: 'anyone',
    Organisation: 'anyone',
    Place: 'anyone',
  },
};
