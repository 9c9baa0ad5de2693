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
    // The public finder: where to spend a pass (finder/).
    'Query.findPlaces': 'anyone',
    'Query.webhook': INTEGRATORS,
    'Mutation.registerOrganisation': ['platform_operator', 'programme_manager'],
    'Mutation.signAgreement': ['programme_manager'],
    'Mutation.registerPlace': ['place', 'platform_operator'],
    'Mutation.updatePlace': ['place', 'platform_operator'],
    'Mutation.importPlaces': ['place', 'platform_operator'],
    'Mutation.applyForQualification': ['place'],
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
    // Open fields for all; the private ones are guarded below.
    Territory: 'anyone',
    Organisation: 'anyone',
    Place: 'anyone',
  },
  fields: {
    'Place.iban': PLACE_INSIDERS,
    'Place.contactPeople': PLACE_INSIDERS,
    'Place.cashesThroughRegie': PLACE_INSIDERS,
    'Place.qualifications': QUALIFICATION_READERS,
    'Place.qualification': QUALIFICATION_READERS,
    'Organisation.credentials': INTEGRATORS,
    'Organisation.webhooks': INTEGRATORS,
  },
};
