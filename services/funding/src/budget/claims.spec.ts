import { computeClaims, purchaseOfUsedPasses, type ClaimCoFunder } from './claims';

const state: ClaimCoFunder = { id: 'state', rule: 'USED_PASSES_SHARE', rateBasisPoints: 5_000, plannedCents: 48_890_000, receivedCents: 0 };
const feder: ClaimCoFunder = { id: 'feder', rule: 'ELIGIBLE_PAID_RATE', rateBasisPoints: 1_636, plannedCents: 12_500_000, receivedCents: 0 };
const region: ClaimCoFunder = { id: 'region', rule: 'REMAINDER', rateBasisPoints: null, plannedCents: 15_000_000, receivedCents: 0 };

describe('what each co-funder owes', () => {
  it('counts the purchase of used passes as their face value plus their share of the order fee', () => {
    const purchase = purchaseOfUsedPasses([
      { orderId: 'a', used: 3, usedFaceValueCents: 3_000, orderFaceValueCents: 100_000, orderFeeCents: 4_000 },
      { orderId: 'b', used: 1, usedFaceValueCents: 1_000, orderFaceValueCents: null, orderFeeCents: null },
    ]);
    expect(purchase).toEqual({ passesUsed: 4, faceValueCents: 4_000, feeCents: 120 });
  });

  it('gives the State at most its rate of the used passes, FEDER its rate of eligible paid expenses, the Region the rest', () => {
    const claims = computeClaims([state, feder, region], { usedPassesPurchaseCents: 10_400_000, eligiblePaidCents: 20_000_000, paidCents: 25_000_000 });
    expect(claims.map((c) => [c.coFunderId, c.baseCents, c.entitlementCents])).toEqual([
      ['state', 10_400_000, 5_200_000],
      ['feder', 20_000_000, 3_272_000],
      ['region', 25_000_000, 25_000_000 - 5_200_000 - 3_272_000],
    ]);
  });

  it('caps a rule at the planned amount and subtracts what was received', () => {
    const [claim] = computeClaims([{ ...state, plannedCents: 1_000_000, receivedCents: 400_000 }], {
      usedPassesPurchaseCents: 10_000_000,
      eligiblePaidCents: 0,
      paidCents: 10_000_000,
    });
    expect(claim).toMatchObject({ entitlementCents: 1_000_000, owedCents: 600_000 });
    const [overpaid] = computeClaims([{ ...state, receivedCents: 9_000_000 }], { usedPassesPurchaseCents: 100, eligiblePaidCents: 0, paidCents: 100 });
    expect(overpaid.owedCents).toBe(0);
  });

  it('never lets co-funders with a rate claim more than was paid', () => {
    const claims = computeClaims([{ ...feder, rateBasisPoints: 10_000 }, { ...state, id: 'other', rateBasisPoints: 10_000 }, region], {
      usedPassesPurchaseCents: 1_000,
      eligiblePaidCents: 1_000,
      paidCents: 1_500,
    });
    expect(claims.map((c) => c.entitlementCents)).toEqual([1_000, 500, 0]);
  });
});
