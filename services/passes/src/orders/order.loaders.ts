// Per-request batching of orders, booklets and their passes.
import DataLoader from 'dataloader';
import type { OrderRepository } from './order.repository';
import type { PassOrderEntity, PrintFileExportEntity } from './order.entity';
import type { BookletEntity, PassEntity } from '../booklets/booklet.entity';

export function createOrderLoaders(orders: OrderRepository) {
  return {
    orderById: new DataLoader<string, PassOrderEntity | null>(async (ids) => {
      const byId = new Map((await orders.findByIds(ids)).map((o) => [o.id, o]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    printFileExportByOrder: new DataLoader<string, PrintFileExportEntity | null>(async (ids) => {
      const byId = new Map((await orders.printFileExports(ids)).map((e) => [e.orderId, e]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    bookletById: new DataLoader<string, BookletEntity | null>(async (ids) => {
      const byId = new Map((await orders.bookletsByIds(ids)).map((b) => [b.id, b]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    passesOfBooklet: new DataLoader<BookletEntity, PassEntity[], string>(
      async (booklets) => {
        const passes = await orders.passesOfBooklets(booklets);
        return booklets.map((b) => passes.filter((p) => p.bookletId === b.id));
      },
      { cacheKeyFn: (b) => b.id },
    ),
  };
}

export type OrderLoaders = ReturnType<typeof createOrderLoaders>;
