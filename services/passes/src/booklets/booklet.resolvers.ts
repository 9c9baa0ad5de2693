// Thin: booklet reads and moves (allocation, return) hand over to the repository or the service.
import type { GraphQLResolveInfo } from 'graphql';
import { DomainError, isUuid } from '@pass-numerique/kernel';
import { decodeCursor, pageSize, referenced, toConnection, type PageArgs } from '@pass-numerique/service-kit';
import type { PassesContext } from '../context';
import type { BookletFilter } from '../orders/order.repository';
import { formatPassNumber } from '../orders/pass-numbers';
import type { BookletEntity } from './booklet.entity';
import { listing, mayReadBooklet } from '../tenancy';
import type { Resolvers } from '../generated/resolvers-types';

/** A page of booklets by number; the cursor is the last booklet's number. */
export async function bookletConnection(filter: BookletFilter, args: PageArgs, ctx: PassesContext) {
  const size = pageSize(args.first);
  const after = decodeCursor(args.after);
  if (after !== undefined && !/^\d{1,12}$/.test(after)) throw new DomainError('BAD_USER_INPUT', 'after is not a cursor from this API', { field: 'after' });
  const rows = await ctx.services.orderRepository.pageOfBooklets(filter, size + 1, after === undefined ? undefined : Number(after));
  return toConnection(rows, size, await ctx.services.orderRepository.countBooklets(filter), (b) => String(b.number), args.after);
}

const readable = (booklet: BookletEntity | null, ctx: PassesContext, info: GraphQLResolveInfo) => (booklet && mayReadBooklet(ctx.reach(info), booklet) ? booklet : null);

export const bookletResolvers: Resolvers = {
  Query: {
    booklet: async (_, args, ctx, info) => readable(isUuid(args.id) ? await ctx.loaders.bookletById.load(args.id.toLowerCase()) : null, ctx, info),
    bookletByNumber: async (_, args, ctx, info) =>
      readable(/^\d{10}$/.test(args.number) ? await ctx.services.orderRepository.bookletByNumber(Number(args.number)) : null, ctx, info),
    distributorBooklets: (_, args, ctx, info) => {
      const organisationId = isUuid(args.organisationId) ? args.organisationId.toLowerCase() : '00000000-0000-4000-8000-000000000000';
      return bookletConnection({ distributorOrganisationId: organisationId, listing: listing(ctx.reach(info), organisationId) }, args, ctx);
    },
    nextPassesToHandOut: (_, args, ctx, info) =>
      isUuid(args.organisationId) ? ctx.services.booklets.nextPassesToHandOut(args.organisationId.toLowerCase(), ctx.reach(info)) : [],
  },
  Mutation: {
    allocateBooklets: (_, args, ctx, info) => ctx.services.booklets.allocate(args.input, ctx.reach(info)),
    returnBooklets: (_, args, ctx, info) => ctx.services.booklets.giveBack(args.bookletIds, ctx.reach(info)),
  },
  NextPassToHandOut: {
    programme: (n) => ({ id: n.programmeId }),
    passNumber: (n) => formatPassNumber(n.passNumber),
    booklet: (n, _, ctx) => referenced(ctx.loaders.bookletById.load(n.bookletId)),
  },
};
