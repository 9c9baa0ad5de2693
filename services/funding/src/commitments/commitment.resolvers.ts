// Thin: every resolver hands over to a loader or the service.
import type { GraphQLResolveInfo } from 'graphql';
import { money, type PageArgs } from '@pass-numerique/service-kit';
import type { FundingContext } from '../context';
import { programmeMoney } from '../programme-money';
import type { ProgrammeEntity } from '../programmes/programme.entity';
import type { CommitmentEntity, CommitmentKind, CommitmentReductionEntity, PaymentEntity, ReceiptEntity } from './commitment.entity';
import type { RecordCommitmentCommand, RecordPaymentCommand, RecordReceiptCommand, RecordReductionCommand } from './commitment.service';

const source = (row: { sourceEventId: string | null }) => (row.sourceEventId ? 'PASSES_EVENT' : 'MANUAL');

export const commitmentResolvers = {
  Query: {
    commitment: (_: unknown, args: { id: string }, ctx: FundingContext, info: GraphQLResolveInfo) => ctx.services.commitments.find(args.id, ctx.reach(info)),
  },
  Mutation: {
    recordCommitment: (_: unknown, args: { input: RecordCommitmentCommand }, ctx: FundingContext, info: GraphQLResolveInfo) =>
      ctx.services.commitments.recordCommitment(args.input, ctx.reach(info)),
    recordPayment: (_: unknown, args: { input: RecordPaymentCommand }, ctx: FundingContext, info: GraphQLResolveInfo) =>
      ctx.services.commitments.recordPayment(args.input, ctx.reach(info)),
    recordCommitmentReduction: (_: unknown, args: { input: RecordReductionCommand }, ctx: FundingContext, info: GraphQLResolveInfo) =>
      ctx.services.commitments.recordReduction(args.input, ctx.reach(info)),
    recordReceipt: (_: unknown, args: { input: RecordReceiptCommand }, ctx: FundingContext, info: GraphQLResolveInfo) =>
      ctx.services.commitments.recordReceipt(args.input, ctx.reach(info)),
  },
  Programme: {
    commitments: programmeMoney(
      (p: ProgrammeEntity) => p.id,
      (p, args: PageArgs & { kind?: CommitmentKind | null }, ctx) => ctx.services.commitments.list(p.id, args),
    ),
    payments: programmeMoney(
      (p: ProgrammeEntity) => p.id,
      (p, args: PageArgs & { federEligible?: boolean | null }, ctx) => ctx.services.commitments.payments({ programmeId: p.id, federEligible: args.federEligible }, args),
    ),
    receipts: programmeMoney(
      (p: ProgrammeEntity) => p.id,
      (p, args: PageArgs, ctx) => ctx.services.commitments.receipts({ programmeId: p.id }, args),
    ),
  },
  Commitment: {
    authorisation: (c: CommitmentEntity, _: unknown, ctx: FundingContext) => ctx.loaders.authorisationById.load(c.authorisationId),
    amount: (c: CommitmentEntity) => money(c.amountCents),
    faceValue: (c: CommitmentEntity) => (c.faceValueCents === null ? null : money(c.faceValueCents)),
    fee: (c: CommitmentEntity) => (c.feeCents === null ? null : money(c.feeCents)),
    source,
    reduced: async (c: CommitmentEntity, _: unknown, ctx: FundingContext) => money((await ctx.loaders.commitmentTotals.load(c.id)).reducedCents),
    net: async (c: CommitmentEntity, _: unknown, ctx: FundingContext) => money((await ctx.loaders.commitmentTotals.load(c.id)).committedCents),
    paymentTotal: async (c: CommitmentEntity, _: unknown, ctx: FundingContext) => money((await ctx.loaders.commitmentTotals.load(c.id)).paymentsCents),
    receiptTotal: async (c: CommitmentEntity, _: unknown, ctx: FundingContext) => money((await ctx.loaders.commitmentTotals.load(c.id)).receiptsCents),
    paid: async (c: CommitmentEntity, _: unknown, ctx: FundingContext) => money((await ctx.loaders.commitmentTotals.load(c.id)).paidCents),
    toPay: async (c: CommitmentEntity, _: unknown, ctx: FundingContext) => {
      const totals = await ctx.loaders.commitmentTotals.load(c.id);
      return money(totals.committedCents - totals.paidCents);
    },
    reductions: (c: CommitmentEntity, _: unknown, ctx: FundingContext) => ctx.loaders.reductionsByCommitment.load(c.id),
    receipts: (c: CommitmentEntity, _: unknown, ctx: FundingContext) => ctx.loaders.receiptsByCommitment.load(c.id),
    payments: (c: CommitmentEntity, args: PageArgs, ctx: FundingContext) => ctx.services.commitments.payments({ commitmentId: c.id }, args),
  },
  Payment: {
    commitment: (p: PaymentEntity, _: unknown, ctx: FundingContext) => ctx.loaders.commitmentById.load(p.commitmentId),
    amount: (p: PaymentEntity) => money(p.amountCents),
    payee: (p: PaymentEntity) => (p.payeeOrganisationId ? { id: p.payeeOrganisationId } : null),
    source,
  },
  CommitmentReduction: {
    amount: (r: CommitmentReductionEntity) => money(r.amountCents),
    refunded: async (r: CommitmentReductionEntity, _: unknown, ctx: FundingContext) => money((await ctx.loaders.receiptByReduction.load(r.id))?.amountCents ?? 0),
    receipt: (r: CommitmentReductionEntity, _: unknown, ctx: FundingContext) => ctx.loaders.receiptByReduction.load(r.id),
    source,
  },
  Receipt: {
    commitment: (x: ReceiptEntity, _: unknown, ctx: FundingContext) => ctx.loaders.commitmentById.load(x.commitmentId),
    amount: (x: ReceiptEntity) => money(x.amountCents),
    payer: (x: ReceiptEntity) => (x.payerOrganisationId ? { id: x.payerOrganisationId } : null),
    correctedPayment: (x: ReceiptEntity, _: unknown, ctx: FundingContext) => (x.correctedPaymentId ? ctx.loaders.paymentById.load(x.correctedPaymentId) : null),
    reduction: (x: ReceiptEntity, _: unknown, ctx: FundingContext) => (x.reductionId ? ctx.loaders.reductionById.load(x.reductionId) : null),
    source,
  },
};
