// The reallocation rules on constructed figures: who gives, who receives, how much, and the
// expected effect.
import { classify, suggestReallocations, type DistributorFigures, type IdleBooklet } from './reallocation';

const policy = { lowUsageBelow: 0.5, minHandedOut: 20, demandWindowDays: 90, daysLeft: 90 };

function booklets(prefix: string, count: number, size = 10, movable: (to: string) => boolean = () => true): IdleBooklet[] {
  return Array.from({ length: count }, (_, i) => ({ id: `${prefix}-${i}`, size, movableTo: movable }));
}

describe('reallocation suggestions', () => {
  // Sleepy: 100 passes in stock, handed out 40 long ago, 10 used (25 %), nothing lately.
  const sleepy: DistributorFigures = { organisationId: 'sleepy', stock: 100, handedOut: 40, redeemed: 10, handedOutInWindow: 0 };
  // Busy: 10 in stock, hands out 60 per 90 days, 80 % used: needs 50 more before the end.
  const busy: DistributorFigures = { organisationId: 'busy', stock: 10, handedOut: 100, redeemed: 80, handedOutInWindow: 60 };
  // Steady: good usage, enough stock for its pace: neither gives nor receives.
  const steady: DistributorFigures = { organisationId: 'steady', stock: 30, handedOut: 50, redeemed: 40, handedOutInWindow: 30 };

  it('moves a low-usage distributor’s surplus to a high-demand one, whole booklets, with the expected effect', async () => {
    const idle: Record<string, IdleBooklet[]> = { sleepy: booklets('s', 10) };
    const [suggestion, ...others] = await suggestReallocations([sleepy, busy, steady], (id) => idle[id] ?? [], policy, 10);
    expect(others).toEqual([]);
    expect(suggestion).toEqual({
      from: 'sleepy',
      to: 'busy',
      bookletIds: ['s-0', 's-1', 's-2', 's-3', 's-4'],
      passCount: 50,
      fromUsageRate: 0.25,
      toUsageRate: 0.8,
      fromSurplus: 100,
      toShortfall: 50,
      expectedRedeemed: 40,
      expectedLostAtSource: 0,
      expectedGain: 40,
    });
  });

  it('never takes more than the giver’s surplus: what it will hand out at its pace stays', async () => {
    // Hands out 45 per 90 days (so it keeps 45 of its 100), but only 20 % are used.
    const slowButActive = { ...sleepy, handedOut: 100, redeemed: 20, handedOutInWindow: 45 };
    const hungry = { ...busy, handedOutInWindow: 300 };
    const [suggestion] = await suggestReallocations([slowButActive, hungry], () => booklets('s', 10), policy, 10);
    expect(suggestion.passCount).toBe(50); // 55 surplus → 5 whole booklets of 10
    expect(suggestion.fromSurplus).toBe(55);
    expect(suggestion.expectedLostAtSource).toBe(0);
  });

  it('keeps booklets inside the perimeter: a booklet the receiver may not hold is not suggested', async () => {
    const outside = booklets('far', 5, 10, () => false);
    expect(await suggestReallocations([sleepy, busy], () => outside, policy, 10)).toEqual([]);
  });

  it('does not give to a distributor whose usage is unknown or low, nor take from one with no surplus', () => {
    const newcomer = { organisationId: 'new', stock: 0, handedOut: 5, redeemed: 5, handedOutInWindow: 5 };
    const { givers, receivers } = classify([sleepy, busy, steady, newcomer], policy);
    expect(givers.map((g) => g.organisationId)).toEqual(['sleepy']);
    expect(receivers.map((r) => r.organisationId)).toEqual(['busy']);
  });

  it('suggests nothing once distribution has ended', async () => {
    expect(await suggestReallocations([sleepy, busy], () => booklets('s', 10), { ...policy, daysLeft: 0 }, 10)).toEqual([]);
  });
});
