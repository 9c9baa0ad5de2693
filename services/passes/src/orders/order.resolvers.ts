// Thin: every resolver hands over to a loader, a repository read or the service.
import { isUuid } from '@pass-numerique/kernel';
import { decodeCursor, money, pageSize, requireRole, toConnection } from '@pass-numerique/service-kit';
import type { PassesContext } from '../context';
import type { PassOrderEntity } from './order.entity';
import type { BookletEntity, PassEntity } from '../booklets/booklet.entity';
import type { PlaceOrderCommand } from './order.service';
import { formatPassNumber, normalisePassNumber } from './pass-numbers';
import { bookletConnection } from '../booklets/booklet.resolvers';

const STAFF = ['programme_manager', 'finance_officer', 'funder_auditor'] as const;

export const orderResolvers = {
  Query: {
    passOrder: (_: unknown, args: { id: string }, ctx: PassesContext) => {
      requireRole(ctx.identity, ...STAFF);
      return isUuid(args.id) ? ctx.loaders.orderById.load(args.id.toLowerCase()) : null;
    },
    passOrders: async (_: unknown, args: { programmeId: string; first?: number; after?: string }, ctx: PassesContext) => {
      requireRole(ctx.identity, ...STAFF);
      const size = pageSize(args.first);
      if (!isUuid(args.programmeId)) return toConnection([], size, 0, () => '');
      const programmeId = args.programmeId.toLowerCase();
      const rows = await ctx.services.orderRepository.pageOfProgramme(programmeId, size + 1, decodeCursor(args.after));
      return toConnection(rows, size, await ctx.services.orderRepository.countOfProgramme(programmeId), (o) => `${o.placedAt.toISOString()}|${o.id}`);
    },
    pass: async (_: unknown, args: { number: string }, ctx: PassesContext) => {
      requireRole(ctx.identity, ...STAFF);
      const number = normalisePassNumber(args.number);
      return number ? ctx.services.orderRepository.passByNumber(Number(number)) : null;
    },
  },
  Mutation: {
    placeOrder: (_: unknown, args: { input: PlaceOrderCommand }, ctx: PassesContext) => {
      requireRole(ctx.identity, 'programme_manager');
      return ctx.services.orders.placeOrder({ ...args.input, id: undefined }, ctx.identity.subject);
    },
    markOrderDelivered: (_: unknown, args: { orderId: string }, ctx: PassesContext) => {
      requireRole(ctx.identity, 'programme_manager');
      return ctx.services.orders.markDelivered(args.orderId);
    },
    activateOrder: (_: unknown, args: { orderId: string; paymentOrderNumber: string }, ctx: PassesContext) => {
      requireRole(ctx.identity, 'programme_manager');
      return ctx.services.orders.activate(args.orderId, args.paymentOrderNumber);
    },
    exportPrintFile: (_: unknown, args: { orderId: string }, ctx: PassesContext) => {
      requireRole(ctx.identity, 'programme_manager');
      return ctx.services.orders.exportPrintFile(args.orderId, ctx.identity.subject);
    },
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
