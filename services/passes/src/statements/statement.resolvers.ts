// Thin: statements, credit notes and the expiry job hand over to their services and repository.
import { DomainError, isUuid } from '@pass-numerique/kernel';
import { decodeCursor, money, pageSize, referenced, toConnection } from '@pass-numerique/service-kit';
import { listing, mayActInProgramme, mayReadStatement } from '../tenancy';
import type { Resolvers } from '../generated/resolvers-types';

const uuidOrNull = (value: string | null | undefined, field: string) => {
  if (!value) return null;
  if (!isUuid(value)) throw new DomainError('INVALID_ID', `${field} is not a valid id`, { field });
  return value.toLowerCase();
};

export const statementResolvers: Resolvers = {
  Query: {
    statements: async (_, args, ctx, info) => {
      const size = pageSize(args.first);
      const filter = { month: args.month, placeId: uuidOrNull(args.placeId, 'placeId'), programmeId: uuidOrNull(args.programmeId, 'programmeId'), listing: listing(ctx.reach(info)) };
      const rows = await ctx.services.statementRepository.page(filter, size + 1, decodeCursor(args.after));
      return toConnection(rows, size, await ctx.services.statementRepository.count(filter), (s) => `${s.month}|${s.id}`, args.after);
    },
    statement: async (_, args, ctx, info) => {
      const statement = isUuid(args.id) ? await ctx.services.statementRepository.findById(args.id.toLowerCase()) : null;
      return statement && mayReadStatement(ctx.reach(info), statement) ? statement : null;
    },
    creditNotes: async (_, args, ctx, info) => {
      const size = pageSize(args.first);
      const programmeId = uuidOrNull(args.programmeId, 'programmeId')!;
      if (!mayActInProgramme(ctx.reach(info), programmeId)) return toConnection([], size, 0, () => '');
      const rows = await ctx.services.statementRepository.creditNotes(programmeId, size + 1, decodeCursor(args.after));
      return toConnection(rows, size, await ctx.services.statementRepository.countCreditNotes(programmeId), (c) => `${c.issuedAt.toISOString()}|${c.id}`, args.after);
    },
  },
  Mutation: {
    generateStatements: async (_, args, ctx, info) => {
      const statements = await ctx.services.statements.generate(args.month, args.programmeId, ctx.reach(info));
      return {
        month: args.month,
        statementCount: statements.length,
        passCount: statements.reduce((sum, s) => sum + s.passCount, 0),
        amount: money(statements.reduce((sum, s) => sum + s.amountCents, 0)),
      };
    },
    approveStatement: (_, args, ctx, info) => ctx.services.statements.approve(args.statementId, ctx.reach(info)),
    markStatementPaid: (_, args, ctx, info) => ctx.services.statements.markPaid(args.statementId, args.paymentReference, args.paidOn, ctx.reach(info)),
    runExpiry: (_, args, ctx, info) => ctx.services.expiry.runFor(args.programmeId, ctx.reach(info)),
  },
  Statement: {
    programme: (s) => ({ id: s.programmeId }),
    placeOrganisation: (s) => ({ id: s.placeOrganisationId }),
    amount: (s) => money(s.amountCents),
    grossAmount: (s) => money(s.grossAmountCents),
    recoveredAmount: (s) => money(s.recoveredCents),
    recoveries: (s, _, ctx) => ctx.services.recoveries.ofStatement(s.id),
    number: (s, _, ctx) => ctx.services.justification.number(s),
    justificationCsv: (s, _, ctx) => ctx.services.justification.csv(s),
    justificationPdfBase64: async (s, _, ctx) => (await ctx.services.justification.pdf(s)).toString('base64'),
  },
  CreditNote: {
    programme: (c) => ({ id: c.programmeId }),
    order: (c, _, ctx) => referenced(ctx.loaders.orderById.load(c.orderId)),
    buyer: (c) => (c.buyerOrganisationId ? { id: c.buyerOrganisationId } : null),
    amount: (c) => money(c.amountCents),
  },
};
