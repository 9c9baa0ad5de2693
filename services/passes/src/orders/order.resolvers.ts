// Thin: every resolver hands over to a loader, a repository read or the service.
import { isUuid } from '@pass-numerique/kernel';
import { decodeCursor, money, pageSize, referenced, toConnection } from '@pass-numerique/service-kit';
import { mayActInProgramme, mayActOnOrder } from '../tenancy';
import { formatPassNumber, normalisePassNumber } from './pass-numbers';
import { bookletConnection } from '../booklets/booklet.resolvers';
import type { Resolvers, TerritoryLevel } from '../generated/resolvers-types';

export const orderResolvers: Resolvers = {
  Query: {
    passOrder: async (_, args, ctx, info) => {
      const order = isUuid(args.id) ? await ctx.loaders.orderById.load(args.id.toLowerCase()) : null;
      return order && mayActOnOrder(ctx.reach(info), order) ? order : null;
    },
    passOrders: async (_, args, ctx, info) => {
      const size = pageSize(args.first);
      if (!isUuid(args.programmeId) || !mayActInProgramme(ctx.reach(info), args.programmeId.toLowerCase())) return toConnection([], size, 0, () => '');
      const programmeId = args.programmeId.toLowerCase();
      const rows = await ctx.services.orderRepository.pageOfProgramme(programmeId, size + 1, decodeCursor(args.after));
      return toConnection(rows, size, await ctx.services.orderRepository.countOfProgramme(programmeId), (o) => `${o.placedAt.toISOString()}|${o.id}`, args.after);
    },
    pass: async (_, args, ctx, info) => {
      const number = normalisePassNumber(args.number);
      const pass = number ? await ctx.services.orderRepository.passByNumber(Number(number)) : null;
      const order = pass ? await ctx.loaders.orderById.load(pass.orderId) : null;
      return pass && order && mayActOnOrder(ctx.reach(info), order) ? pass : null;
    },
  },
  Mutation: {
    placeOrder: (_, args, ctx, info) => ctx.services.orders.placeOrder({ ...args.input, id: undefined }, ctx.reach(info)),
    markOrderDelivered: (_, args, ctx, info) => ctx.services.orders.markDelivered(args.orderId, ctx.reach(info)),
    activateOrder: (_, args, ctx, info) => ctx.services.orders.activate(args.orderId, args.paymentOrderNumber, ctx.reach(info)),
    exportPrintFile: (_, args, ctx, info) => ctx.services.orders.exportPrintFile(args.orderId, ctx.reach(info)),
  },
  PassOrder: {
    programme: (o) => ({ id: o.programmeId }),
    buyer: (o) => (o.buyerOrganisationId ? { id: o.buyerOrganisationId } : null),
    operator: (o) => (o.operatorOrganisationId ? { id: o.operatorOrganisationId } : null),
    passFaceValue: (o) => money(o.passFaceValueCents),
    faceValueTotal: (o) => money(o.passFaceValueCents * o.passCount),
    fee: (o) => money(o.feeCents),
    // The programme's perimeter, checked by funding when the programme was opened.
    perimeter: (o) => ({ level: o.perimeterLevel as TerritoryLevel, code: o.perimeterCode }),
    printFileExport: (o, _, ctx) => ctx.loaders.printFileExportByOrder.load(o.id),
    booklets: (o, args, ctx) => bookletConnection({ orderId: o.id }, args, ctx),
  },
  Pass: {
    number: (p) => formatPassNumber(p.number),
    booklet: (p, _, ctx) => referenced(ctx.loaders.bookletById.load(p.bookletId)),
    faceValue: async (p, _, ctx) => money((await referenced(ctx.loaders.orderById.load(p.orderId))).passFaceValueCents),
  },
  Booklet: {
    number: (b) => String(b.number),
    order: (b, _, ctx) => referenced(ctx.loaders.orderById.load(b.orderId)),
    state: (b) => !b.distributorOrganisationId ? 'IN_STOCK' : b.handedOutCount === 0 ? 'ALLOCATED' : b.handedOutCount < b.size ? 'PARTLY_HANDED_OUT' : 'HANDED_OUT',
    distributor: (b) => (b.distributorOrganisationId ? { id: b.distributorOrganisationId } : null),
    started: (b) => b.redeemedCount > 0,
    passes: (b, _, ctx) => ctx.loaders.passesOfBooklet.load(b),
  },
};
