// Per-request batching of commitments, their net figures and their reductions.
import DataLoader from 'dataloader';
import { groupBy } from '../programmes/programme.loaders';
import type { CommitmentRepository, CommitmentTotals } from './commitment.repository';

export function createCommitmentLoaders(repository: CommitmentRepository) {
  return {
    commitmentById: new DataLoader(async (ids: readonly string[]) => {
      const byId = new Map((await repository.findByIds(ids)).map((c) => [c.id, c]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    commitmentTotals: new DataLoader(async (ids: readonly string[]) => {
      const figures = await repository.figuresOf(ids);
      return ids.map((id): CommitmentTotals => figures.get(id) ?? { committedCents: 0, paidCents: 0, paymentsCents: 0, receiptsCents: 0, reducedCents: 0 });
    }),
    reductionsByCommitment: new DataLoader(async (ids: readonly string[]) => {
      const groups = groupBy(await repository.reductionsOf(ids), (r) => r.commitmentId);
      return ids.map((id) => groups.get(id) ?? []);
    }),
    receiptsByCommitment: new DataLoader(async (ids: readonly string[]) => {
      const groups = groupBy(await repository.receiptsOf(ids), (r) => r.commitmentId);
      return ids.map((id) => groups.get(id) ?? []);
    }),
    receiptByReduction: new DataLoader(async (ids: readonly string[]) => {
      const byId = new Map((await repository.receiptsOfReductions(ids)).map((r) => [r.reductionId, r]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    paymentById: new DataLoader(async (ids: readonly string[]) => {
      const byId = new Map((await repository.findPaymentsByIds(ids)).map((p) => [p.id, p]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    reductionById: new DataLoader(async (ids: readonly string[]) => {
      const byId = new Map((await repository.reductionsByIds(ids)).map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
  };
}

export type CommitmentLoaders = ReturnType<typeof createCommitmentLoaders>;
