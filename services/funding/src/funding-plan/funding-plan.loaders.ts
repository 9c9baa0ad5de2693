// Per-request batching of co-funders and what they received.
import DataLoader from 'dataloader';
import { groupBy } from '../programmes/programme.loaders';
import type { FundingPlanRepository } from './funding-plan.repository';

export function createFundingPlanLoaders(repository: FundingPlanRepository) {
  return {
    coFundersByProgramme: new DataLoader(async (ids: readonly string[]) => {
      const groups = groupBy(await repository.coFundersOf(ids), (c) => c.programmeId);
      return ids.map((id) => groups.get(id) ?? []);
    }),
    coFunderById: new DataLoader(async (ids: readonly string[]) => {
      const byId = new Map((await repository.coFundersByIds(ids)).map((c) => [c.id, c]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    receiptsByCoFunder: new DataLoader(async (ids: readonly string[]) => {
      const groups = groupBy(await repository.receiptsOf(ids), (r) => r.coFunderId);
      return ids.map((id) => groups.get(id) ?? []);
    }),
    claimsByCoFunder: new DataLoader(async (ids: readonly string[]) => {
      const groups = groupBy(await repository.claimsOf(ids), (r) => r.coFunderId);
      return ids.map((id) => groups.get(id) ?? []);
    }),
    finalReportByCoFunder: new DataLoader(async (ids: readonly string[]) => {
      const byId = new Map((await repository.finalReportsOf(ids)).map((r) => [r.coFunderId, r]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    planVersionsByProgramme: new DataLoader(async (ids: readonly string[]) => {
      const groups = groupBy(await repository.planVersionsOf(ids), (r) => r.programmeId);
      return ids.map((id) => groups.get(id) ?? []);
    }),
  };
}

export type FundingPlanLoaders = ReturnType<typeof createFundingPlanLoaders>;
