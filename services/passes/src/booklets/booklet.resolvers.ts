// Thin: booklet reads and moves (allocation, return) hand over to the repository or the service.
import { DomainError, isUuid } from '@pass-numerique/kernel';
import { decodeCursor, pageSize, requireRole, toConnection } from '@pass-numerique/service-kit';
import type { PassesContext } from '../context';
import type { AllocateCommand } from './booklet.service';

/** A page of booklets by number; the cursor is the last booklet's number. */
export async function bookletConnection(
  filter: { orderId?: string; distributorOrganisationId?: string; inStockOnly?: boolean },
  args: { first?: number; after?: string },
  ctx: PassesContext,
) {
  const size = pageSize(args.first);
  const after = decodeCursor(args.after);
  if (after !== undefined && !/^\d{1,12}$/.test(after)) throw new DomainError('BAD_USER_INPUT', 'after is not a cursor from this API', { field: 'after' });
  const rows = await ctx.services.orderRepository.pageOfBooklets(filter, size + 1, after === undefined ? undefined : Number(after));
  return toConnection(rows, size, await ctx.services.orderRepository.countBooklets(filter), (b) => String(b.number));
}

export const bookletResolvers = {
  Query: {
    booklet: (_: unknown, args: { id: string }, ctx: PassesContext) => {
      requireRole(ctx.identity, 'programme_manager', 'finance_officer', 'funder_auditor');
      return isUuid(args.id) ? ctx.loaders.bookletById.load(args.id.toLowerCase()) : null;
    },
    bookletByNumber: (_: unknown, args: { number: string }, ctx: PassesContext) => {
      requireRole(ctx.identity, 'programme_manager', 'finance_officer', 'funder_auditor');
      return /^\d{10}$/.test(args.number) ? ctx.services.orderRepository.bookletByNumber(Number(args.number)) : null;
    },
    distributorBooklets: (_: unknown, args: { organisationId: string; first?: number; after?: string }, ctx: PassesContext) => {
      requireRole(ctx.identity, 'programme_manager', 'finance_officer', 'funder_auditor', 'distributor');
      if (ctx.identity.role === 'distributor' && ctx.identity.organisationId !== args.organisationId) {
        throw new DomainError('FORBIDDEN', 'you are not allowed to do this');
      }
      const organisationId = isUuid(args.organisationId) ? args.organisationId.toLowerCase() : '00000000-0000-4000-8000-000000000000';
      return bookletConnection({ distributorOrganisationId: organisationId }, args, ctx);
    },
  },
  Mutation: {
    allocateBooklets: (_: unknown, args: { input: AllocateCommand }, ctx: PassesContext) => {
      requireRole(ctx.identity, 'programme_manager');
      return ctx.services.booklets.allocate(args.input);
    },
    returnBooklets: (_: unknown, args: { bookletIds: string[] }, ctx: PassesContext) => {
      requireRole(ctx.identity, 'programme_manager', 'distributor');
      return ctx.services.booklets.giveBack(args.bookletIds, ctx.identity);
    },
  },
};
