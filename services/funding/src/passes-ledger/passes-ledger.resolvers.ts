// Thin: every resolver hands over to the ledger service or a loader.
import { isUuid } from '@pass-numerique/kernel';
import { money } from '@pass-numerique/service-kit';
import type { FundingContext } from '../context';
import { requireFundingReader } from '../funding-access';
import type { ProgrammeEntity } from '../programmes/programme.entity';
import type { PassesFactEntity } from './passes-fact.entity';
import type { Reconciliation, ReconciliationLine } from './passes-ledger.service';

export const passesLedgerResolvers = {
  Query: {
    passesReconciliation: (_: unknown, args: { programmeId: string }, ctx: FundingContext) => {
      const programmeId = args.programmeId.toLowerCase();
      requireFundingReader(ctx.identity, programmeId);
      return isUuid(programmeId) ? ctx.services.passesLedger.reconcile(programmeId) : null;
    },
  },
  Programme: {
    reconciliation: (p: ProgrammeEntity, _: unknown, ctx: FundingContext) => {
      requireFundingReader(ctx.identity, p.id);
      return ctx.services.passesLedger.reconcile(p.id);
    },
  },
  PassesReconciliation: {
    programme: (r: Reconciliation, _: unknown, ctx: FundingContext) => ctx.loaders.programmeById.load(r.programmeId),
  },
  ReconciliationLine: {
    passes: (l: ReconciliationLine) => money(l.passesCents),
    expected: (l: ReconciliationLine) => money(l.expectedCents),
    funding: (l: ReconciliationLine) => money(l.fundingCents),
    difference: (l: ReconciliationLine) => money(l.differenceCents),
  },
  PassesFact: {
    eventId: (f: PassesFactEntity) => f.sourceEventId,
    amount: (f: PassesFactEntity) => money(f.amountCents),
  },
};
