// The rules of moving booklets, as pure functions: how many move at once, which booklets may
// leave or come back to the stock, and which agreement lets a distributor receive them.
import { DomainError, parseId } from '@pass-numerique/kernel';
import { BookletError } from './booklet.errors';
import type { BookletEntity } from './booklet.entity';
import type { PassOrderEntity } from '../orders/order.entity';
import type { DistributorAgreementEntity } from '../partners/place.entity';

/** Bounds one move (and one transaction). */
export const MAX_BOOKLETS_PER_MOVE = 10_000;

/** What an allocation names: either booklets by id, or the first `count` booklets in stock of an order. */
export interface AllocationRequest {
  bookletIds?: string[] | null;
  orderId?: string | null;
  count?: number | null;
}

/** Checks an allocation request; answers the booklet ids (when named) or the order, and how many booklets are wanted. */
export function checkAllocationRequest(request: AllocationRequest): { bookletIds?: string[]; orderId?: string; wanted: number } {
  const bookletIds = request.bookletIds?.map((id, i) => parseId(id, `bookletIds.${i}`));
  if (!bookletIds === !request.orderId) throw new DomainError('BAD_USER_INPUT', 'give either bookletIds, or orderId with count', { field: 'bookletIds' });
  const wanted = bookletIds ? bookletIds.length : (request.count ?? 0);
  if (!Number.isInteger(wanted) || wanted < 1 || wanted > MAX_BOOKLETS_PER_MOVE) {
    throw new DomainError('BAD_USER_INPUT', `allocate 1 to ${MAX_BOOKLETS_PER_MOVE} booklets at a time`, { field: bookletIds ? 'bookletIds' : 'count' });
  }
  return { bookletIds, orderId: request.orderId ? parseId(request.orderId, 'orderId') : undefined, wanted };
}

/** Checks the booklets named for a return. */
export function checkReturnRequest(bookletIds: string[]): string[] {
  const ids = bookletIds.map((id, i) => parseId(id, `bookletIds.${i}`));
  if (ids.length < 1 || ids.length > MAX_BOOKLETS_PER_MOVE) throw new DomainError('BAD_USER_INPUT', `return 1 to ${MAX_BOOKLETS_PER_MOVE} booklets at a time`, { field: 'bookletIds' });
  return ids;
}

/** A booklet leaves the stock once; it comes back only through a return. */
export function assertInStock(booklet: Pick<BookletEntity, 'number' | 'distributorOrganisationId'>): void {
  if (booklet.distributorOrganisationId) {
    throw new BookletError('BOOKLET_NOT_IN_STOCK', `booklet ${booklet.number} is already with a distributor`, { field: 'bookletIds', booklet: String(booklet.number) });
  }
}

/** Booklets are printed and delivered before a distributor may receive them. */
export function assertOrderDelivered(order: Pick<PassOrderEntity, 'status'>): void {
  if (order.status === 'PLACED') throw new BookletError('ORDER_NOT_DELIVERED', 'booklets of an order not yet delivered cannot be allocated', { field: 'bookletIds' });
}

/**
 * Only a booklet with a distributor, none of whose passes has been handed out, comes back to the
 * stock; answers whom it comes back from, and under which agreement it was held.
 */
export function returnableFrom(booklet: Pick<BookletEntity, 'number' | 'distributorOrganisationId' | 'agreementId' | 'handedOutCount'>): { distributor: string; agreementId: string } {
  if (!booklet.distributorOrganisationId || !booklet.agreementId) {
    throw new BookletError('BOOKLET_NOT_ALLOCATED', `booklet ${booklet.number} is in stock`, { field: 'bookletIds', booklet: String(booklet.number) });
  }
  if (booklet.handedOutCount > 0) {
    throw new BookletError('BOOKLET_STARTED', `booklet ${booklet.number} has passes handed out; only unused booklets come back`, { field: 'bookletIds', booklet: String(booklet.number) });
  }
  return { distributor: booklet.distributorOrganisationId, agreementId: booklet.agreementId };
}

/**
 * The agreement under which a distributor receives booklets today: among its distributor
 * agreements for the programme (or the one named), the first in force.
 */
export function agreementInForce<A extends Pick<DistributorAgreementEntity, 'agreementId' | 'startsOn' | 'endsOn'>>(agreements: A[], today: string, agreementId?: string): A {
  const candidates = agreementId ? agreements.filter((a) => a.agreementId === agreementId) : agreements;
  if (candidates.length === 0) throw new BookletError('NOT_A_DISTRIBUTOR', 'this organisation has no distributor agreement for the programme', { field: 'distributorOrganisationId' });
  const inForce = candidates.find((a) => a.startsOn <= today && (a.endsOn === null || a.endsOn >= today));
  if (!inForce) throw new BookletError('AGREEMENT_NOT_IN_FORCE', "the distributor's agreement is not in force today", { field: 'distributorOrganisationId' });
  return inForce;
}
