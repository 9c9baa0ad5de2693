// Unit: what the holder of a pass is told of its state, without a database.
import { holderStateOf } from './holder-check.rules';

const handedOut = { status: 'HANDED_OUT', order_status: 'ACTIVATED', valid_until: '2021-12-31', order_valid_from: '2021-01-01' };

describe("a pass's state for its holder", () => {
  it('is usable once handed out, its order activated, within its validity', () => {
    expect(holderStateOf(handedOut, '2021-06-01')).toBe('USABLE');
    expect(holderStateOf({ ...handedOut, order_valid_from: null }, '2020-06-01')).toBe('USABLE');
  });

  it('is used once redeemed, expired past its day or once the expiry job has run', () => {
    expect(holderStateOf({ ...handedOut, status: 'REDEEMED' }, '2022-06-01')).toBe('USED');
    expect(holderStateOf(handedOut, '2022-01-01')).toBe('EXPIRED');
    expect(holderStateOf({ ...handedOut, status: 'EXPIRED' }, '2021-06-01')).toBe('EXPIRED');
  });

  it('is not yet usable before its order is activated or its validity starts, without saying which', () => {
    expect(holderStateOf({ ...handedOut, order_status: 'DELIVERED' }, '2021-06-01')).toBe('NOT_YET_USABLE');
    expect(holderStateOf(handedOut, '2020-12-31')).toBe('NOT_YET_USABLE');
    expect(holderStateOf({ ...handedOut, status: 'ISSUED' }, '2021-06-01')).toBe('NOT_YET_USABLE');
  });
});
