// Thin: booklet reads and moves (allocation, return) hand over to the repository or the service.
import type { GraphQLResolveInfo } from 'graphql';
import { DomainError, isUuid } from '@pass-numerique/kernel';
import { decodeCursor, pageSize, toConnection } from '@pass-numerique/service-kit';
import type { PassesContext } from '../context';
import type { BookletFilter } from '../orders/order.repository';
import type { BookletEntity } from './booklet.entity';
import type { AllocateCommand } from './booklet.service';
import { listing, mayReadBooklet } from '../tenancy';

/** A page of booklets by number; the cursor is the last booklet's number. */
export async function bookletConnection(filter: BookletFilter, args: { first?: number; after?: string }, ctx: PassesContext) {
  const size = pageSize(args.first);
  const after = decodeCursor(args.after);
  if (after !== undefined && !/^\d{1,12}$/.test(after)) throw new DomainError('BAD_USER_INPUT', 'after is not a cursor from this API', { field: 'after' });
  const rows = await ctx.services.orderRepository.pageOfBooklets(filter, size + 1, after === undefined ? undefined : Number(after));
  return toConnection(rows, size, await ctx.services.orderRepository.countBooklets(filter), (b) => String(b.number), args.after);
}

const readable = (booklet: BookletEntity | null, ctx: PassesContext, info: GraphQLResolveInfo) => (booklet && mayReadBooklet(ctx.reach(info), booklet) ? booklet : null);

export const bookletResolvers = {
  Query: {
    booklet: async (_: unknown, args: { id: string }, ctx: PassesContext, info: GraphQLResolveInfo) =>
      readable(isUuid(args.id) ? await ctx.loaders.bookletById.load(args.id.toLowerCase()) : null, ctx, info),
    bookletByNumber: async (_: unknown, args: { number: string }, ctx: PassesContext, info: GraphQLResolveInfo) =>
      readable(/^\d{10}$/.test(args.number) ? await ctx.services.orderRepository.bookletByNumber(Number(args.number)) : null, ctx, info),
    distributorBooklets: (_: unknown, args: { organisationId: string; first?: number; after?: string }, ctx: PassesContext, info: GraphQLResolveInfo) => {
      const organisationId = isUuid(args.organisationId) ? args.organisationId.toLowerCase() : '00000000-0000-4000-8000-000000000000';
      return bookletConnection({ distributorOrganisationId: organisationId, listing: listing(ctx.reach(info), organisationId) }, args, ctx);
    },
  },
  Mutation: {
    allocateBooklets: (_: unknown, args: { input: AllocateCommand }, ctx: PassesContext, info: GraphQLResolveInfo) => ctx.services.booklets.allocate(args.input, ctx.reach(info)),
    returnBooklets: (_: unknown, args: { bookletIds: string[] }, ctx: PassesContext, info: GraphQLResolveInfo) => ctx.services.booklets.giveBack(args.bookletIds, ctx.reach(info)),
  },
};
