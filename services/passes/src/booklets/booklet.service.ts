// Moving booklets between the stock and distributors. A distributor receives booklets only for
// a programme it has an agreement for, in force, and whose scope meets the order's perimeter.
// Each move updates the funnel and records its event in the same transaction.
import type { DataSource, EntityManager } from 'typeorm';
import { DomainError, isoDate, parseId, type Clock } from '@pass-numerique/kernel';
import type { Reach } from '@pass-numerique/service-kit';
import { BookletAllocatedV1, BookletReturnedV1 } from '@pass-numerique/event-contracts';
import { recordEvent } from '@pass-numerique/messaging';
import type { BookletEntity } from './booklet.entity';
import { BookletError } from './booklet.errors';
import { BookletRepository, type NextPassRow } from './booklet.repository';
import type { PassOrderEntity } from '../orders/order.entity';
import type { DistributorAgreementEntity } from '../partners/place.entity';
import { DistributorAgreementRepository } from '../partners/distributor-agreement.repository';
import { applyFunnelChanges, territoryChanges, type FunnelChange } from '../funnel/funnel-writer';
import type { TerritoryRef } from '../territories/territory-rules';
import { overlap } from '../territories/perimeters';
import { listing, mayActOnOrder, mayMoveBooklet } from '../tenancy';
import { agreementInForce, assertInStock, assertOrderDelivered, checkAllocationRequest, checkReturnRequest, returnableFrom } from './booklet.rules';

export interface AllocateCommand {
  distributorOrganisationId: string;
  /** Either named booklets… */
  bookletIds?: string[] | null;
  /** …or the first `count` booklets in stock of an order. */
  orderId?: string | null;
  count?: number | null;
  /** When the distributor holds several agreements for the programme. */
  agreementId?: string | null;
}

export class BookletService {
  private readonly booklets = new BookletRepository();
  private readonly agreements = new DistributorAgreementRepository();

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /**
   * The pass a distributor hands out next in each programme, across all its booklets: of the
   * programmes the caller reads, and the distributor's own for itself; anyone else's list is empty.
   */
  nextPassesToHandOut(organisationId: string, reach: Reach): Promise<NextPassRow[]> {
    return this.booklets.nextPassesOf(this.dataSource.manager, organisationId, listing(reach, organisationId), isoDate(this.clock.now()));
  }

  /** Allocates booklets of the caller's programmes; another programme's booklets and orders answer as missing ones. */
  async allocate(command: AllocateCommand, reach: Reach): Promise<BookletEntity[]> {
    const distributor = parseId(command.distributorOrganisationId, 'distributorOrganisationId');
    const { bookletIds: byIds, orderId, wanted } = checkAllocationRequest(command);
    return this.dataSource.transaction(async (manager) => {
      if (orderId) {
        const order = await this.booklets.findOrder(manager, orderId);
        if (!order || !mayActOnOrder(reach, order)) throw new DomainError('NOT_FOUND', 'no such order', { field: 'orderId' });
      } else {
        const programmes = await this.booklets.programmesOf(manager, byIds!);
        if (!programmes.every((programmeId) => mayActOnOrder(reach, { programmeId }))) throw new DomainError('NOT_FOUND', 'some booklets do not exist', { field: 'bookletIds' });
      }
      const booklets = byIds ? await this.booklets.lockByIds(manager, byIds) : await this.booklets.lockInStock(manager, orderId!, wanted);
      if (booklets.length < wanted) {
        if (byIds) throw new DomainError('NOT_FOUND', 'some booklets do not exist', { field: 'bookletIds' });
        throw new BookletError('NOT_ENOUGH_BOOKLETS', `only ${booklets.length} booklets of the order are in stock`, { field: 'count', inStock: booklets.length });
      }
      const rows = await this.booklets.findByIds(manager, booklets);
      const orders = new Map<string, PassOrderEntity>();
      for (const b of rows) {
        assertInStock(b);
        if (!orders.has(b.orderId)) orders.set(b.orderId, (await this.booklets.orderOf(manager, b.orderId)));
      }
      const now = this.clock.now();
      const today = isoDate(now);
      const changes: Array<{ programmeId: string; changes: FunnelChange[] }> = [];
      for (const order of orders.values()) {
        assertOrderDelivered(order);
        const agreement = agreementInForce(await this.agreements.ofDistributor(manager, distributor, order.programmeId), today, command.agreementId ?? undefined);
        const scope = await this.scopeOf(manager, agreement);
        if (!(await overlap(manager, scope, { level: order.perimeterLevel, code: order.perimeterCode }))) {
          throw new BookletError('OUTSIDE_AGREEMENT_SCOPE', `the distributor acts in ${scope.level} ${scope.code}, outside the order's perimeter`, { field: 'distributorOrganisationId' });
        }
        const ofOrder = rows.filter((b) => b.orderId === order.id);
        await this.booklets.allocate(
          manager,
          ofOrder.map((b) => b.id),
          distributor,
          agreement.agreementId,
          now,
        );
        const passes = ofOrder.reduce((sum, b) => sum + b.size - b.handedOutCount, 0);
        changes.push({ programmeId: order.programmeId, changes: this.allocationChanges(distributor, scope, passes) });
        for (const b of ofOrder) {
          b.distributorOrganisationId = distributor;
          b.agreementId = agreement.agreementId;
          b.allocatedAt = now;
          await recordEvent(
            manager,
            BookletAllocatedV1,
            {
              bookletId: b.id,
              bookletNumber: String(b.number),
              orderId: order.id,
              programmeId: order.programmeId,
              distributorOrganisationId: distributor,
              passCount: b.size - b.handedOutCount,
              agreementId: agreement.agreementId,
              scope: { level: scope.level as 'REGION', code: scope.code },
              allocatedAt: now.toISOString(),
            },
            now,
          );
        }
      }
      for (const c of changes) await applyFunnelChanges(manager, c.programmeId, c.changes);
      return rows.sort((a, b) => a.number - b.number);
    });
  }

  /** Takes unused booklets back into stock, ready to be allocated elsewhere. */
  async giveBack(bookletIds: string[], reach: Reach): Promise<BookletEntity[]> {
    const ids = checkReturnRequest(bookletIds);
    return this.dataSource.transaction(async (manager) => {
      const rows = await this.booklets.lockForReturn(manager, ids);
      // Booklets the caller may not move (another programme's, another distributor's, in stock for a distributor) read as missing ones.
      if (rows.length < ids.length || !rows.every((b) => mayMoveBooklet(reach, b))) throw new DomainError('NOT_FOUND', 'some booklets do not exist', { field: 'bookletIds' });
      const now = this.clock.now();
      for (const b of rows) {
        const { distributor, agreementId } = returnableFrom(b);
        const agreement = await this.agreements.byId(manager, agreementId);
        const scope = await this.scopeOf(manager, agreement);
        await this.booklets.backToStock(manager, b.id);
        await applyFunnelChanges(manager, b.programmeId, this.allocationChanges(distributor, scope, -b.size));
        await recordEvent(
          manager,
          BookletReturnedV1,
          { bookletId: b.id, bookletNumber: String(b.number), orderId: b.orderId, programmeId: b.programmeId, distributorOrganisationId: distributor, passCount: b.size, returnedAt: now.toISOString() },
          now,
        );
        b.distributorOrganisationId = null;
        b.agreementId = null;
        b.allocatedAt = null;
      }
      return rows;
    });
  }

  private async scopeOf(manager: EntityManager, agreement: DistributorAgreementEntity): Promise<TerritoryRef> {
    if (agreement.scopeLevel && agreement.scopeCode) return { level: agreement.scopeLevel, code: agreement.scopeCode };
    const programme = await this.booklets.programmeOf(manager, agreement.programmeId);
    return { level: programme.perimeterLevel, code: programme.perimeterCode };
  }

  /** Allocated passes count for the programme, the distributor, and its scope (and above). */
  private allocationChanges(distributor: string, scope: TerritoryRef, delta: number): FunnelChange[] {
    return [
      { dimension: 'PROGRAMME', key: '', stage: 'allocated', delta },
      { dimension: 'DISTRIBUTOR', key: distributor, stage: 'allocated', delta },
      ...territoryChanges(scope, 'allocated', delta),
    ];
  }
}
