// Unit: which booklets move and under which agreement, without a database.
import { agreementInForce, assertInStock, assertOrderDelivered, checkAllocationRequest, checkReturnRequest, MAX_BOOKLETS_PER_MOVE, returnableFrom } from './booklet.rules';

/** A domain error with this code, naming this field. */
const refused = (code: string, field: string) => expect.objectContaining({ code, details: expect.objectContaining({ field }) });

const ID = '5f0c4a9e-1b2c-4d3e-8f90-a1b2c3d4e5f6';
const OTHER = '6a1d5b0f-2c3d-4e4f-9a01-b2c3d4e5f6a7';

describe('booklet rules', () => {
  it('allocates either named booklets or a count from an order, 1 to MAX_BOOKLETS_PER_MOVE at a time', () => {
    expect(checkAllocationRequest({ bookletIds: [ID, OTHER] })).toEqual({ bookletIds: [ID, OTHER], orderId: undefined, wanted: 2 });
    expect(checkAllocationRequest({ orderId: ID, count: 3 })).toEqual({ bookletIds: undefined, orderId: ID, wanted: 3 });
    expect(() => checkAllocationRequest({ bookletIds: [ID], orderId: ID, count: 1 })).toThrow(refused('BAD_USER_INPUT', 'bookletIds'));
    expect(() => checkAllocationRequest({})).toThrow(refused('BAD_USER_INPUT', 'bookletIds'));
    expect(() => checkAllocationRequest({ orderId: ID, count: 0 })).toThrow(refused('BAD_USER_INPUT', 'count'));
    expect(() => checkAllocationRequest({ orderId: ID, count: MAX_BOOKLETS_PER_MOVE + 1 })).toThrow(refused('BAD_USER_INPUT', 'count'));
    expect(() => checkAllocationRequest({ bookletIds: [] })).toThrow(refused('BAD_USER_INPUT', 'bookletIds'));
    expect(() => checkAllocationRequest({ bookletIds: [ID, 'not-an-id'] })).toThrow(refused('INVALID_ID', 'bookletIds.1'));
  });

  it('takes 1 to MAX_BOOKLETS_PER_MOVE booklets back at a time', () => {
    expect(checkReturnRequest([ID])).toEqual([ID]);
    expect(() => checkReturnRequest([])).toThrow(refused('BAD_USER_INPUT', 'bookletIds'));
  });

  it('allocates booklets in stock of a delivered order', () => {
    expect(() => assertInStock({ number: 7, distributorOrganisationId: null })).not.toThrow();
    expect(() => assertInStock({ number: 7, distributorOrganisationId: ID })).toThrow(refused('BOOKLET_NOT_IN_STOCK', 'bookletIds'));
    expect(() => assertOrderDelivered({ status: 'DELIVERED' })).not.toThrow();
    expect(() => assertOrderDelivered({ status: 'ACTIVATED' })).not.toThrow();
    expect(() => assertOrderDelivered({ status: 'PLACED' })).toThrow(refused('ORDER_NOT_DELIVERED', 'bookletIds'));
  });

  it('takes back only an allocated booklet none of whose passes was handed out, from its distributor', () => {
    expect(returnableFrom({ number: 7, distributorOrganisationId: ID, agreementId: OTHER, handedOutCount: 0 })).toEqual({ distributor: ID, agreementId: OTHER });
    expect(() => returnableFrom({ number: 7, distributorOrganisationId: null, agreementId: null, handedOutCount: 0 })).toThrow(refused('BOOKLET_NOT_ALLOCATED', 'bookletIds'));
    expect(() => returnableFrom({ number: 7, distributorOrganisationId: ID, agreementId: OTHER, handedOutCount: 1 })).toThrow(refused('BOOKLET_STARTED', 'bookletIds'));
  });

  it('hands booklets to a distributor under its agreement in force today, or the one named if it is', () => {
    const ended = { agreementId: 'a-ended', startsOn: '2020-01-01', endsOn: '2020-12-31' };
    const open = { agreementId: 'a-open', startsOn: '2021-01-01', endsOn: null };
    expect(agreementInForce([ended, open], '2021-06-01')).toBe(open);
    expect(agreementInForce([ended, open], '2020-12-31')).toBe(ended);
    expect(() => agreementInForce([ended, open], '2021-06-01', 'a-ended')).toThrow(refused('AGREEMENT_NOT_IN_FORCE', 'distributorOrganisationId'));
    expect(() => agreementInForce([ended], '2021-06-01', 'a-unknown')).toThrow(refused('NOT_A_DISTRIBUTOR', 'distributorOrganisationId'));
    expect(() => agreementInForce([], '2021-06-01')).toThrow(refused('NOT_A_DISTRIBUTOR', 'distributorOrganisationId'));
  });
});
