// The policy names every root field and entity of the schema, and nothing the schema lacks
// (private object fields included): a field it forgot would be refused to everyone, one it names
// in vain guards nothing.
import { policyGaps } from '@pass-numerique/service-kit';
import typeDefs from './schema.graphql';
import { partnersAccessPolicy } from './access-policy';

describe('partners access policy', () => {
  it('fits the schema', () => {
    expect(policyGaps(partnersAccessPolicy, typeDefs)).toEqual({ missing: [], unknown: [] });
  });

  it('guards every private field whose reader tenancy.ts then checks', () => {
    expect(Object.keys(partnersAccessPolicy.fields ?? {}).sort()).toEqual([
      'Organisation.credentials',
      'Organisation.delegationsGranted',
      'Organisation.delegationsReceived',
      'Organisation.invitations',
      'Organisation.members',
      'Organisation.sandbox',
      'Organisation.webhooks',
      'OrganisationVerification.reason',
      'Place.bankDetailsChangeRequests',
      'Place.bankDetailsHistory',
      'Place.cashesThroughRegie',
      'Place.contactPeople',
      'Place.iban',
      'Place.qualification',
      'Place.qualifications',
      'Qualification.documents',
      'Statement.payeeBankDetails',
      'StatementPayeeBankDetails.iban',
    ]);
  });
});
