// What every resolver of this service receives.
import type { ServiceDependencies, SubgraphContext } from '@pass-numerique/service-kit';
import { ProgrammeRepository } from './programmes/programme.repository';
import { ProgrammeService } from './programmes/programme.service';
import { createProgrammeLoaders, type ProgrammeLoaders } from './programmes/programme.loaders';
import { FundingPlanRepository } from './funding-plan/funding-plan.repository';
import { FundingPlanService } from './funding-plan/funding-plan.service';
import { createFundingPlanLoaders, type FundingPlanLoaders } from './funding-plan/funding-plan.loaders';
import { CommitmentRepository } from './commitments/commitment.repository';
import { CommitmentService } from './commitments/commitment.service';
import { createCommitmentLoaders, type CommitmentLoaders } from './commitments/commitment.loaders';
import { PassesLedgerRepository } from './passes-ledger/passes-ledger.repository';
import { PassesLedgerService } from './passes-ledger/passes-ledger.service';
import { BudgetRepository } from './budget/budget.repository';
import { BudgetService } from './budget/budget.service';
import { ClaimService } from './budget/claim.service';

export function createFundingServices({ dataSource, clock }: ServiceDependencies) {
  const programmeRepository = new ProgrammeRepository(dataSource);
  const fundingPlanRepository = new FundingPlanRepository(dataSource);
  const commitmentRepository = new CommitmentRepository(dataSource);
  const passesLedgerRepository = new PassesLedgerRepository(dataSource);
  const commitments = new CommitmentService(dataSource, commitmentRepository, clock);
  const fundingPlan = new FundingPlanService(dataSource, fundingPlanRepository, clock);
  const budget = new BudgetService(new BudgetRepository(dataSource), fundingPlanRepository, passesLedgerRepository, commitmentRepository, clock);
  return {
    programmeRepository,
    programmes: new ProgrammeService(dataSource, programmeRepository, fundingPlan, clock),
    fundingPlanRepository,
    fundingPlan,
    commitmentRepository,
    commitments,
    passesLedgerRepository,
    passesLedger: new PassesLedgerService(dataSource, passesLedgerRepository, commitments, commitmentRepository, clock),
    budget,
    claims: new ClaimService(fundingPlan, fundingPlanRepository, programmeRepository, budget, clock),
  };
}
export type FundingServices = ReturnType<typeof createFundingServices>;

export function createFundingLoaders(services: FundingServices) {
  return {
    ...createProgrammeLoaders(services.programmeRepository),
    ...createFundingPlanLoaders(services.fundingPlanRepository),
    ...createCommitmentLoaders(services.commitmentRepository),
  };
}
export type FundingLoaders = ProgrammeLoaders & FundingPlanLoaders & CommitmentLoaders;

export type FundingContext = SubgraphContext<FundingServices, FundingLoaders>;
