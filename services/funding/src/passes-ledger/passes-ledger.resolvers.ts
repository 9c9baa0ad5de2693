// Thin: every resolver hands over to the ledger service or a loader.
import { money, referenced } from '@pass-numerique/service-kit';
import { programmeMoney } from '../programme-money';
import type { Resolvers } from '../generated/resolvers-types';

export const passesLedgerResolvers: Resolvers = {
  Query: {
    passesReconciliation: (_, args, ctx, info) => ctx.services.passesLedger.reconciliationOf(args.programmeId, ctx.reach(info)),
  },
  Programme: {
    reconciliation: programmeMoney(
      (p) => p.id,
      (p, _, ctx) => ctx.services.passesLedger.reconcile(p.id),
    ),
  },
  PassesReconciliation: {
    programme: (r, _, ctx) => referenced(ctx.loaders.programmeById.load(r.programmeId)),
  },
  ReconciliationLine: {
    passes: (l) => money(l.passesCents),
    expected: (l) => money(l.expectedCents),
    funding: (l) => money(l.fundingCents),
    difference: (l) => money(l.differenceCents),
  },
  PassesFact: {
    eventId: (f) => f.sourceEventId,
    amount: (f) => money(f.amountCents),
  },
};
