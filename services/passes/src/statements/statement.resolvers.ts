// Thin: statements, credit notes and the expiry job hand over to their services and repository.
import type { GraphQLResolveInfo } from 'graphql';
import { DomainError, isUuid } from '@pass-numerique/kernel';
import { decodeCursor, money, pageSize, toConnection } from '@pass-numerique/service-kit';
import type { PassesContext } from '../context';
import type { StatementEntity } from './statement.entity';
import type { CreditNoteEntity } from '../expiry/credit-note.entity';
import { listing, mayActInProgramme, mayReadStatement } from '../tenancy';

const uuidOrNull = (value: string | null | undefined, field: string) => {
  if (!value) return null;
  if (!isUuid(value)) throw new DomainError('INVALID_ID', `${field} is not a valid id`, { field });
  return value.toLowerCase();
};

export const statementResolvers = {
  Query: {
    statements: async (_: unknown, args: { month?: string; placeId?: string; programmeId?: string; first?: number; after?: string }, ctx: PassesContext, info: GraphQLResolveInfo) => {
      const size = pageSize(args.first);
      const filter = { month: args.month, placeId: uuidOrNull(args.placeId, 'placeId'), programmeId: uuidOrNull(args.programmeId, 'programmeId'), listing: listing(ctx.reach(info)) };
      const rows = await ctx.services.statementRepository.page(filter, size + 1, decodeCursor(args.after));
      return toConnection(rows, size, await ctx.services.statementRepository.count(filter), (s) => `${s.month}|${s.id}`, args.after);
    },
    statement: async (_: unknown, args: { id: string }, ctx: PassesContext, info: GraphQLResolveInfo) => {
      const statement = isUuid(args.id) ? await ctx.services.statementRepository.findById(args.id.toLowerCase()) : null;
      return statement && mayReadStatement(ctx.reach(info), statement) ? statement : null;
    },
    creditNotes: async (_: unknown, args: { programmeId: string; first?: number; after?: string }, ctx: PassesContext, info: GraphQLResolveInfo) => {
      const size = pageSize(args.first);
      const programmeId = uuidOrNull(args.programmeId, 'programmeId')!;
      if (!mayActInProgramme(ctx.reach(info), programmeId)) return toConnection([], size, 0, () => '');
      const rows = await ctx.services.statementRepository.creditNotes(programmeId, size + 1, decodeCursor(args.after));
      return toConnection(rows, size, await ctx.services.statementRepository.countCreditNotes(programmeId), (c) => `${c.issuedAt.toISOString()}|${c.id}`, args.after);
    },
  },
  Mutation: {
    generateStatements: async (_: unknown, args: { month: string; programmeId: string }, ctx: PassesContext, info: GraphQLResolveInfo) => {
      const statements = await ctx.services.statements.generate(args.month, args.programmeId, ctx.reach(info));
      return {
        month: args.month,
        statementCount: statements.length,
        passCount: statements.reduce((sum, s) => sum + s.passCount, 0),
        amount: money(statements.reduce((sum, s) => sum + s.amountCents, 0)),
      };
    },
    approveStatement: (_: unknown, args: { statementId: string }, ctx: PassesContext, info: GraphQLResolveInfo) => ctx.services.statements.approve(args.statementId, ctx.reach(info)),
    markStatementPaid: (_: unknown, args: { statementId: string; paymentReference: string; paidOn?: string }, ctx: PassesContext, info: GraphQLResolveInfo) =>
      ctx.services.statements.markPaid(args.statementId, args.paymentReference, args.paidOn, ctx.reach(info)),
    runExpiry: (_: unknown, args: { programmeId: string }, ctx: PassesContext, info: GraphQLResolveInfo) => ctx.services.expiry.runFor(args.programmeId, ctx.reach(info)),
  },
  Statement: {
    programme: (s: StatementEntity) => ({ id: s.programmeId }),
    placeOrganisation: (s: StatementEntity) => ({ id: s.placeOrganisationId }),
    amount: (s: StatementEntity) => money(s.amountCents),
    grossAmount: (s: StatementEntity) => money(s.grossAmountCents),
    recoveredAmount: (s: StatementEntity) => money(s.recoveredCents),
    recoveries: (s: StatementEntity, _: unknown, ctx: PassesContext) => ctx.services.recoveries.ofStatement(s.id),
    justificationCsv: (s: StatementEntity, _: unknown, ctx: PassesContext) => ctx.services.justification.csv(s),
    justificationPdfBase64: async (s: StatementEntity, _: unknown, ctx: PassesContext) => (await ctx.services.justification.pdf(s)).toString('base64'),
  },
  CreditNote: {
    programme: (c: CreditNoteEntity) => ({ id: c.programmeId }),
    order: (c: CreditNoteEntity, _: unknown, ctx: PassesContext) => ctx.loaders.orderById.load(c.orderId),
    buyer: (c: CreditNoteEntity) => (c.buyerOrganisationId ? { id: c.buyerOrganisationId } : null),
    amount: (c: CreditNoteEntity) => money(c.amountCents),
  },
};
