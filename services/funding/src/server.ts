// What the funding subgraph is made of; service-kit's startSubgraph assembles it
// (database → messaging → GraphQL server) the same way for every service.
import { auditTrailQuery, mergeResolvers, scalarResolvers, startSubgraph, type StartOptions, type SubgraphDefinition } from '@pass-numerique/service-kit';
import typeDefs from './schema.graphql';
import type { FundingConfig } from './config';
import { createFundingLoaders, createFundingServices, type FundingLoaders, type FundingServices } from './context';
import { programmeResolvers } from './programmes/programme.resolvers';
import { fundingPlanResolvers } from './funding-plan/funding-plan.resolvers';
import { commitmentResolvers } from './commitments/commitment.resolvers';
import { budgetResolvers } from './budget/budget.resolvers';
import { passesLedgerResolvers } from './passes-ledger/passes-ledger.resolvers';
import { ProgrammeClosingEntity, ProgrammeEntity, ProgrammePeriodEntity } from './programmes/programme.entity';
import { DeliberationEntity } from './programmes/deliberation.entity';
import { AuthorisationReleaseEntity, AuthorisationVersionEntity, CommitmentAuthorisationEntity, PaymentScheduleLineEntity } from './programmes/authorisation.entity';
import { CoFunderClaimEntity, CoFunderEntity, CoFunderFinalReportEntity, CoFunderReceiptEntity, FundingPlanVersionEntity } from './funding-plan/co-funder.entity';
import { CommitmentEntity, CommitmentReductionEntity, PaymentEntity, ReceiptEntity } from './commitments/commitment.entity';
import { PassesFactEntity, UsedPassDayEntity } from './passes-ledger/passes-fact.entity';
import { CreateFundingTables1764979200000 } from './database/migrations/1764979200000-create-funding-tables';
import { CreatePlanCommitmentsAndPayments1765238400000 } from './database/migrations/1765238400000-create-plan-commitments-and-payments';
import { loadFoundingDecision } from './demo/load-founding-decision';
import { loadFundingDemo } from './demo/load-funding-demo';
import { loadDepartementProgramme } from './demo/load-departement-programme';
import { loadPilotProgramme } from './demo/load-pilot-programme';
import { demoClosingJob, type DemoClosingTiming } from './demo/close-demo-programmes';
import { onOrderPlaced } from './handlers/on-order-placed.handler';
import { onOrderActivated } from './handlers/on-order-activated.handler';
import { onStatementPaid } from './handlers/on-statement-paid.handler';
import { onStatementApproved } from './handlers/on-statement-approved.handler';
import { onCreditNoteIssued } from './handlers/on-credit-note-issued.handler';
import { onPassRedeemed } from './handlers/on-pass-redeemed.handler';
import { onPassRedemptionCancelled } from './handlers/on-pass-redemption-cancelled.handler';
import { onRedemptionRecovered } from './handlers/on-redemption-recovered.handler';
import { onSandboxOpened } from './handlers/on-sandbox-opened.handler';
import { RecordSandboxProgrammes1767540000000 } from './database/migrations/1767540000000-record-sandbox-programmes';
import { CreateAuditEntry1765600000000 } from './database/migrations/1765600000000-create-audit-entry';
import { AddAuditProgrammes1767000000000 } from './database/migrations/1767000000000-add-audit-programmes';
import { AddGrantRulesAndReceipts1767200000000 } from './database/migrations/1767200000000-add-grant-rules-and-receipts';
import { FollowProgrammesAfterTheVote1767200001000 } from './database/migrations/1767200001000-follow-programmes-after-the-vote';
import { TakeBackRecoveries1767200002000 } from './database/migrations/1767200002000-take-back-recoveries';
import { StoreEventTraceContext1767400000000 } from './database/migrations/1767400000000-store-event-trace-context';
import { fundingAccessPolicy } from './access-policy';

export function fundingSubgraph(options: Pick<FundingStartOptions, 'demoClosing'> = {}): SubgraphDefinition<FundingServices, FundingLoaders> {
  return {
    name: 'funding',
    typeDefs,
    resolvers: mergeResolvers(scalarResolvers, programmeResolvers, fundingPlanResolvers, commitmentResolvers, budgetResolvers, passesLedgerResolvers, {
      Query: { fundingAuditTrail: auditTrailQuery() },
    }),
    entities: [
      ProgrammeEntity,
      ProgrammePeriodEntity,
      ProgrammeClosingEntity,
      DeliberationEntity,
      CommitmentAuthorisationEntity,
      PaymentScheduleLineEntity,
      AuthorisationVersionEntity,
      AuthorisationReleaseEntity,
      CoFunderEntity,
      CoFunderReceiptEntity,
      CoFunderClaimEntity,
      CoFunderFinalReportEntity,
      FundingPlanVersionEntity,
      CommitmentEntity,
      PaymentEntity,
      CommitmentReductionEntity,
      ReceiptEntity,
      PassesFactEntity,
      UsedPassDayEntity,
    ],
    migrations: [
      CreateFundingTables1764979200000,
      CreatePlanCommitmentsAndPayments1765238400000,
      CreateAuditEntry1765600000000,
      AddAuditProgrammes1767000000000,
      AddGrantRulesAndReceipts1767200000000,
      FollowProgrammesAfterTheVote1767200001000,
      TakeBackRecoveries1767200002000,
      StoreEventTraceContext1767400000000,
      RecordSandboxProgrammes1767540000000,
    ],
    createServices: createFundingServices,
    createLoaders: createFundingLoaders,
    audited: true,
    accessPolicy: fundingAccessPolicy,
    subscriptions: (services) => [
      onOrderPlaced(services),
      onOrderActivated(services),
      onStatementApproved(services),
      onStatementPaid(services),
      onCreditNoteIssued(services),
      onPassRedeemed(services),
      onPassRedemptionCancelled(services),
      onRedemptionRecovered(services),
      onSandboxOpened(services),
    ],
    loadDemo: async (services) => {
      await loadFoundingDecision(services);
      await loadFundingDemo(services);
      await loadDepartementProgramme(services);
      await loadPilotProgramme(services);
    },
    // Started before the demo loads: it waits for the demo's programmes and passes' history itself.
    jobs: (services, { demo, logger }) => (demo ? [demoClosingJob(services, logger, options.demoClosing)] : []),
  };
}

export interface FundingStartOptions extends StartOptions {
  /** When the demo's ended programmes are closed, once passes' history has reached funding (close-demo-programmes.ts). */
  demoClosing?: Partial<DemoClosingTiming>;
}

export function startFundingService(config: FundingConfig, options: FundingStartOptions = {}) {
  return startSubgraph(fundingSubgraph(options), config, options);
}
