// Who may call what of the funding service (ARCHITECTURE.md, "Tenancy"). A programme as voted —
// its deliberations, amendments, authorisations and funding plan — is a public act, so anyone may
// read it; its money (commitments, payments, receipts, budget, claims, reconciliation, final
// accounts, accounting export, co-funders' receipts) is for its readers, field by field below,
// and only in their own programmes (tenancy.ts). Finance officers record the money; programme
// managers shape a programme and its life (amendments, closing); the platform operator opens
// programmes for the authorities, and programme managers for their own.
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
    'Mutation.recordReceipt': STAFF,
    'Mutation.submitClaim': STAFF,
    'Mutation.recordFinalReport': STAFF,
    // A programme's life after its vote is shaped by those who shape it.
    'Mutation.amendProgramme': ['programme_manager'],
    'Mutation.closeProgramme': ['programme_manager'],
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
    'Programme.receipts': PROGRAMME_READERS,
    'Programme.closing': PROGRAMME_READERS,
    'Programme.accountingExport': PROGRAMME_READERS,
    'CoFunder.received': PROGRAMME_READERS,
    'CoFunder.receipts': PROGRAMME_READERS,
    'CoFunder.submittedClaims': PROGRAMME_READERS,
  },
};
