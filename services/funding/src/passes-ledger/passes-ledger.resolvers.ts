// Thin: every resolver hands over to the ledger service or a loader.
import type { GraphQLResolveInfo } from 'graphql';
import { money } from '@pass-numerique/service-kit';
import type { FundingContext } from '../context';
import { programmeMoney } from '../programme-money';
import type { ProgrammeEntity } from '../programmes/programme.entity';
import type { PassesFactEntity } from './passes-fact.entity';
import type { Reconciliation, ReconciliationLine } from './passes-ledger.service';

export const passesLedgerResolvers = {
  Query: {
    passesReconciliation: (_: unknown, args: { programmeId: string }, ctx: FundingContext, info: GraphQLResolveInfo) =>
      ctx.services.passesLedger.reconciliationOf(args.programmeId, ctx.reach(info)),
  },
  Programme: {
    reconciliation: programmeMoney(
      (p: ProgrammeEntity) => p.id,
      (p, _: unknown, ctx) => ctx.services.passesLedger.reconcile(p.id),
    ),
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
