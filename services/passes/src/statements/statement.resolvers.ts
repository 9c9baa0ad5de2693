// Thin: statements, credit notes and the expiry job hand over to their services and repository.
import { DomainError, isUuid } from '@pass-numerique/kernel';
import { decodeCursor, money, pageSize, requireRole, toConnection } from '@pass-numerique/service-kit';
import type { PassesContext } from '../context';
import type { StatementEntity } from './statement.entity';
import type { CreditNoteEntity } from '../expiry/credit-note.entity';

const READERS = ['programme_manager', 'finance_officer', 'funder_auditor', 'place'] as const;

/** Places see only their own organisation's statements. */
function ownOnly(ctx: PassesContext): string | null {
  if (ctx.identity.role !== 'place') return null;
  if (!ctx.identity.organisationId) throw new DomainError('FORBIDDEN', 'you are not allowed to do this');
  return ctx.identity.organisationId;
}

const uuidOrNull = (value: string | null | undefined, field: string) => {
  if (!value) return null;
  if (!isUuid(value)) throw new DomainError('INVALID_ID', `${field} is not a valid id`, { field });
  return value.toLowerCase();
};

export const statementResolvers = {
  Query: {
    statements: async (_: unknown, args: { month?: string; placeId?: string; programmeId?: string; first?: number; after?: string }, ctx: PassesContext) => {
      requireRole(ctx.identity, ...READERS);
      const size = pageSize(args.first);
      const filter = { month: args.month, placeId: uuidOrNull(args.placeId, 'placeId'), programmeId: uuidOrNull(args.programmeId, 'programmeId'), placeOrganisationId: ownOnly(ctx) };
      if (filter.placeOrganisationId && filter.placeId) await ctx.services.statements.assertPlaceOf(filter.placeId, filter.placeOrganisationId);
      const rows = await ctx.services.statementRepository.page(filter, size + 1, decodeCursor(args.after));
      return toConnection(rows, size, await ctx.services.statementRepository.count(filter), (s) => `${s.month}|${s.id}`);
    },
    statement: async (_: unknown, args: { id: string }, ctx: PassesContext) => {
      requireRole(ctx.identity, ...READERS);
      const statement = isUuid(args.id) ? await ctx.services.statementRepository.findById(args.id.toLowerCase()) : null;
      const own = ownOnly(ctx);
      return own ? ctx.services.statements.ownStatement(statement, own) : statement;
    },
    creditNotes: async (_: unknown, args: { programmeId: string; first?: number; after?: string }, ctx: PassesContext) => {
      requireRole(ctx.identity, 'programme_manager', 'finance_officer', 'funder_auditor');
      const size = pageSize(args.first);
      const programmeId = uuidOrNull(args.programmeId, 'programmeId')!;
      const rows = await ctx.services.statementRepository.creditNotes(programmeId, size + 1, decodeCursor(args.after));
      return toConnection(rows, size, await ctx.services.statementRepository.countCreditNotes(programmeId), (c) => `${c.issuedAt.toISOString()}|${c.id}`);
    },
  },
  Mutation: {
    generateStatements: async (_: unknown, args: { month: string }, ctx: PassesContext) => {
      requireRole(ctx.identity, 'programme_manager', 'finance_officer');
      const statements = await ctx.services.statements.generate(args.month);
      return {
        month: args.month,
        statementCount: statements.length,
        passCount: statements.reduce((sum, s) => sum + s.passCount, 0),
        amount: money(statements.reduce((sum, s) => sum + s.amountCents, 0)),
      };
    },
    approveStatement: (_: unknown, args: { statementId: string }, ctx: PassesContext) => {
      requireRole(ctx.identity, 'programme_manager');
      return ctx.services.statements.approve(args.statementId, ctx.identity.subject);
    },
    markStatementPaid: (_: unknown, args: { statementId: string; paymentReference: string; paidOn?: string }, ctx: PassesContext) => {
      requireRole(ctx.identity, 'finance_officer', 'programme_manager');
      return ctx.services.statements.markPaid(args.statementId, args.paymentReference, args.paidOn);
    },
    runExpiry: (_: unknown, __: unknown, ctx: PassesContext) => {
      requireRole(ctx.identity, 'programme_manager');
      return ctx.services.expiry.run();
    },
  },
  Statement: {
    programme: (s: StatementEntity) => ({ id: s.programmeId }),
    placeOrganisation: (s: StatementEntity) => ({ id: s.placeOrganisationId }),
    amount: (s: StatementEntity) => money(s.amountCents),
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
