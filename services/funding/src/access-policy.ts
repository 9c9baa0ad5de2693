// Who may call what of the funding service (ARCHITECTURE.md, "Tenancy"). A programme as voted —
// its deliberations, authorisations and funding plan — is a public act, so anyone may read it;
// its money (commitments, payments, budget, reconciliation, co-funders' receipts) is for its
// readers, field by field below, and only in their own programmes (tenancy.ts). Finance officers
// record the money; programme managers shape a programme; the platform operator opens programmes
// for the authorities, and programme managers for their own.
import { PROGRAMME_READERS, STAFF, type AccessPolicy } from '@pass-numerique/service-kit';

export const fundingAccessPolicy: AccessPolicy = {
  operations: {
    'Query.fundingAuditTrail': STAFF,
    'Query.programmes': 'anyone',
    'Query.programme': 'anyone',
    'Query.programmeByCode': 'anyone',
    'Query.commitment': PROGRAMME_READERS,
    'Query.passesReconciliation': PROGRAMME_READERS,
    'Mutation.openProgramme': ['programme_manager', 'platform_operator'],
    'Mutation.setFundingPlan': ['programme_manager'],
    'Mutation.changeSettlementModel': ['programme_manager'],
    'Mutation.recordCoFunderReceipt': STAFF,
    'Mutation.recordCommitment': STAFF,
    'Mutation.recordPayment': STAFF,
    'Mutation.recordCommitmentReduction': STAFF,
  },
  entities: {
    // Other services' answers point at programmes; the money fields inside check their reader.
    Programme: 'anyone',
  },
  fields: {
    'Programme.commitments': PROGRAMME_READERS,
    'Programme.payments': PROGRAMME_READERS,
    'Programme.budget': PROGRAMME_READERS,
    'Programme.reconciliation': PROGRAMME_READERS,
    'CoFunder.received': PROGRAMME_READERS,
    'CoFunder.receipts': PROGRAMME_READERS,
  },
};
