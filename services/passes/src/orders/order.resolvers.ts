// Thin: every resolver hands over to a loader, a repository read or the service.
import type { GraphQLResolveInfo } from 'graphql';
import { isUuid } from '@pass-numerique/kernel';
import { decodeCursor, money, pageSize, toConnection } from '@pass-numerique/service-kit';
import type { PassesContext } from '../context';
import { mayActInProgramme, mayActOnOrder } from '../tenancy';
import type { PassOrderEntity } from './order.entity';
import type { BookletEntity, PassEntity } from '../booklets/booklet.entity';
import type { PlaceOrderCommand } from './order.service';
import { formatPassNumber, normalisePassNumber } from './pass-numbers';
import { bookletConnection } from '../booklets/booklet.resolvers';

export const orderResolvers = {
  Query: {
    passOrder: async (_: unknown, args: { id: string }, ctx: PassesContext, info: GraphQLResolveInfo) => {
      const order = isUuid(args.id) ? await ctx.loaders.orderById.load(args.id.toLowerCase()) : null;
      return order && mayActOnOrder(ctx.reach(info), order) ? order : null;
    },
    passOrders: async (_: unknown, args: { programmeId: string; first?: number; after?: string }, ctx: PassesContext, info: GraphQLResolveInfo) => {
      const size = pageSize(args.first);
      if (!isUuid(args.programmeId) || !mayActInProgramme(ctx.reach(info), args.programmeId.toLowerCase())) return toConnection([], size, 0, () => '');
      const programmeId = args.programmeId.toLowerCase();
      const rows = await ctx.services.orderRepository.pageOfProgramme(programmeId, size + 1, decodeCursor(args.after));
      return toConnection(rows, size, await ctx.services.orderRepository.countOfProgramme(programmeId), (o) => `${o.placedAt.toISOString()}|${o.id}`, args.after);
    },
    pass: async (_: unknown, args: { number: string }, ctx: PassesContext, info: GraphQLResolveInfo) => {
      const number = normalisePassNumber(args.number);
      const pass = number ? await ctx.services.orderRepository.passByNumber(Number(number)) : null;
      const order = pass ? await ctx.loaders.orderById.load(pass.orderId) : null;
      return pass && order && mayActOnOrder(ctx.reach(info), order) ? pass : null;
    },
  },
  Mutation: {
    placeOrder: (_: unknown, args: { input: PlaceOrderCommand }, ctx: PassesContext, info: GraphQLResolveInfo) =>
      ctx.services.orders.placeOrder({ ...args.input, id: undefined }, ctx.reach(info)),
    markOrderDelivered: (_: unknown, args: { orderId: string }, ctx: PassesContext, info: GraphQLResolveInfo) => ctx.services.orders.markDelivered(args.orderId, ctx.reach(info)),
    activateOrder: (_: unknown, args: { orderId: string; paymentOrderNumber: string }, ctx: PassesContext, info: GraphQLResolveInfo) =>
      ctx.services.orders.activate(args.orderId, args.paymentOrderNumber, ctx.reach(info)),
    exportPrintFile: (_: unknown, args: { orderId: string }, ctx: PassesContext, info: GraphQLResolveInfo) => ctx.services.orders.exportPrintFile(args.orderId, ctx.reach(info)),
  },
  PassOrder: {
    programme: (o: PassOrderEntity) => ({ id: o.programmeId }),
    buyer: (o: PassOrderEntity) => (o.buyerOrganisationId ? { id: o.buyerOrganisationId } : null),
    operator: (o: PassOrderEntity) => (o.operatorOrganisationId ? { id: o.operatorOrganisationId } : null),
    passFaceValue: (o: PassOrderEntity) => money(o.passFaceValueCents),
    faceValueTotal: (o: PassOrderEntity) => money(o.passFaceValueCents * o.passCount),
    fee: (o: PassOrderEntity) => money(o.feeCents),
    perimeter: (o: PassOrderEntity) => ({ level: o.perimeterLevel, code: o.perimeterCode }),
    printFileExport: (o: PassOrderEntity, _: unknown, ctx: PassesContext) => ctx.loaders.printFileExportByOrder.load(o.id),
    booklets: (o: PassOrderEntity, args: { first?: number; after?: string }, ctx: PassesContext) => bookletConnection({ orderId: o.id }, args, ctx),
  },
  Pass: {
    number: (p: PassEntity) => formatPassNumber(p.number),
    booklet: (p: PassEntity, _: unknown, ctx: PassesContext) => ctx.loaders.bookletById.load(p.bookletId),
    faceValue: async (p: PassEntity, _: unknown, ctx: PassesContext) => money((await ctx.loaders.orderById.load(p.orderId))!.passFaceValueCents),
  },
  Booklet: {
    number: (b: BookletEntity) => String(b.number),
    order: (b: BookletEntity, _: unknown, ctx: PassesContext) => ctx.loaders.orderById.load(b.orderId),
    state: (b: BookletEntity) =>
      !b.distributorOrganisationId ? 'IN_STOCK' : b.handedOutCount === 0 ? 'ALLOCATED' : b.handedOutCount < b.size ? 'PARTLY_HANDED_OUT' : 'HANDED_OUT',
    distributor: (b: BookletEntity) => (b.distributorOrganisationId ? { id: b.distributorOrganisationId } : null),
    started: (b: BookletEntity) => b.redeemedCount > 0,
    passes: (b: BookletEntity, _: unknown, ctx: PassesContext) => ctx.loaders.passesOfBooklet.load(b),
  },
};
