// Who may call what of the funding service (DESIGN.md, "Who calls"). A programme as voted —
// its deliberations, authorisations and funding plan — is a public act, so anyone may read it;
// its money (commitments, payments, budget, reconciliation, co-funders' receipts) is checked
// field by field in funding-access.ts, where a funder auditor is also held to its programme.
// Finance officers record the money; only programme managers open and shape a programme.
import { PROGRAMME_READERS, STAFF, type AccessPolicy } from '@pass-numerique/service-kit';

export const fundingAccessPolicy: AccessPolicy = {
  operations: {
    'Query.fundingAuditTrail': STAFF,
    'Query.programmes': 'anyone',
    'Query.programme': 'anyone',
    'Query.programmeByCode': 'anyone',
    'Query.commitment': PROGRAMME_READERS,
    'Query.passesReconciliation': PROGRAMME_READERS,
    'Mutation.openProgramme': ['programme_manager'],
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
};
