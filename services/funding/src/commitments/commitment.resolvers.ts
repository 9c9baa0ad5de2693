// Thin: every resolver hands over to a loader or the service.
import { money, referenced } from '@pass-numerique/service-kit';
import { programmeMoney } from '../programme-money';
import type { Resolvers } from '../generated/resolvers-types';

const source = (row: { sourceEventId: string | null }) => (row.sourceEventId ? 'PASSES_EVENT' : 'MANUAL');

export const commitmentResolvers: Resolvers = {
  Query: {
    commitment: (_, args, ctx, info) => ctx.services.commitments.find(args.id, ctx.reach(info)),
  },
  Mutation: {
    recordCommitment: (_, args, ctx, info) => ctx.services.commitments.recordCommitment(args.input, ctx.reach(info)),
    recordPayment: (_, args, ctx, info) => ctx.services.commitments.recordPayment(args.input, ctx.reach(info)),
    recordCommitmentReduction: (_, args, ctx, info) => ctx.services.commitments.recordReduction(args.input, ctx.reach(info)),
    recordReceipt: (_, args, ctx, info) => ctx.services.commitments.recordReceipt(args.input, ctx.reach(info)),
  },
  Programme: {
    commitments: programmeMoney(
      (p) => p.id,
      (p, args, ctx) => ctx.services.commitments.list(p.id, args),
    ),
    payments: programmeMoney(
      (p) => p.id,
      (p, args, ctx) => ctx.services.commitments.payments({ programmeId: p.id, federEligible: args.federEligible }, args),
    ),
    receipts: programmeMoney(
      (p) => p.id,
      (p, args, ctx) => ctx.services.commitments.receipts({ programmeId: p.id }, args),
    ),
  },
  Commitment: {
    authorisation: (c, _, ctx) => referenced(ctx.loaders.authorisationById.load(c.authorisationId)),
    amount: (c) => money(c.amountCents),
    faceValue: (c) => (c.faceValueCents === null ? null : money(c.faceValueCents)),
    fee: (c) => (c.feeCents === null ? null : money(c.feeCents)),
    source,
    reduced: async (c, _, ctx) => money((await ctx.loaders.commitmentTotals.load(c.id)).reducedCents),
    net: async (c, _, ctx) => money((await ctx.loaders.commitmentTotals.load(c.id)).committedCents),
    paymentTotal: async (c, _, ctx) => money((await ctx.loaders.commitmentTotals.load(c.id)).paymentsCents),
    receiptTotal: async (c, _, ctx) => money((await ctx.loaders.commitmentTotals.load(c.id)).receiptsCents),
    paid: async (c, _, ctx) => money((await ctx.loaders.commitmentTotals.load(c.id)).paidCents),
    toPay: async (c, _, ctx) => {
      const totals = await ctx.loaders.commitmentTotals.load(c.id);
      return money(totals.committedCents - totals.paidCents);
    },
    reductions: (c, _, ctx) => ctx.loaders.reductionsByCommitment.load(c.id),
    receipts: (c, _, ctx) => ctx.loaders.receiptsByCommitment.load(c.id),
    payments: (c, args, ctx) => ctx.services.commitments.payments({ commitmentId: c.id }, args),
  },
  Payment: {
    commitment: (p, _, ctx) => referenced(ctx.loaders.commitmentById.load(p.commitmentId)),
    amount: (p) => money(p.amountCents),
    payee: (p) => (p.payeeOrganisationId ? { id: p.payeeOrganisationId } : null),
    source,
  },
  CommitmentReduction: {
    amount: (r) => money(r.amountCents),
    refunded: async (r, _, ctx) => money((await ctx.loaders.receiptByReduction.load(r.id))?.amountCents ?? 0),
    receipt: (r, _, ctx) => ctx.loaders.receiptByReduction.load(r.id),
    source,
  },
  Receipt: {
    commitment: (x, _, ctx) => referenced(ctx.loaders.commitmentById.load(x.commitmentId)),
    amount: (x) => money(x.amountCents),
    payer: (x) => (x.payerOrganisationId ? { id: x.payerOrganisationId } : null),
    correctedPayment: (x, _, ctx) => (x.correctedPaymentId ? ctx.loaders.paymentById.load(x.correctedPaymentId) : null),
    reduction: (x, _, ctx) => (x.reductionId ? ctx.loaders.reductionById.load(x.reductionId) : null),
    source,
  },
};
