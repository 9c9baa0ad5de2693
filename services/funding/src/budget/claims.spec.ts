import { computeClaims, purchaseOfUsedPasses, type ClaimBases, type ClaimCoFunder, type GrantTerms } from './claims';

// The founding decision's plan: the State's 488,900.00 convention for a 763,900.00 operation,
// FEDER's 125,000.00 requested "= 16.36 % of the total cost", the Région the remainder, 150,000.00.
const AE = 76_390_000;
const convention: GrantTerms = { baseCents: AE, signedOn: '2020-02-04', advanceRateBasisPoints: 3_000, instalmentCeilingBasisPoints: 8_000, finalReportOn: null };
const state: ClaimCoFunder = { id: 'state', rule: 'FIXED_GRANT', ratio: null, rounding: 'DOWN', plannedCents: 48_890_000, receivedCents: 0, claimedCents: 0, grant: convention };
const feder: ClaimCoFunder = {
  id: 'feder',
  rule: 'ELIGIBLE_PAID_RATE',
  ratio: { numerator: 12_500_000, denominator: AE },
  rounding: 'DOWN',
  plannedCents: 12_500_000,
  receivedCents: 0,
  claimedCents: 0,
  grant: null,
};
const region: ClaimCoFunder = { id: 'region', rule: 'REMAINDER', ratio: null, rounding: 'DOWN', plannedCents: 15_000_000, receivedCents: 0, claimedCents: 0, grant: null };
const usedShare: ClaimCoFunder = { id: 'used', rule: 'USED_PASSES_SHARE', ratio: { numerator: 5_000, denominator: 10_000 }, rounding: 'HALF_UP', plannedCents: 48_890_000, receivedCents: 0, claimedCents: 0, grant: null };

const bases = (paidCents: number, overrides: Partial<ClaimBases> = {}): ClaimBases => ({ asOf: '2022-06-30', usedPassesPurchaseCents: 0, eligiblePaidCents: paidCents, paidCents, ...overrides });
const grantOf = (coFunder: ClaimCoFunder, b: ClaimBases) => computeClaims([coFunder], b)[0];

describe('what each co-funder owes', () => {
  it('counts the purchase of used passes as their face value plus their share of the order fee', () => {
    const purchase = purchaseOfUsedPasses([
      { orderId: 'a', used: 3, usedFaceValueCents: 3_000, orderFaceValueCents: 100_000, orderFeeCents: 4_000 },
      { orderId: 'b', used: 1, usedFaceValueCents: 1_000, orderFaceValueCents: null, orderFeeCents: null },
    ]);
    expect(purchase).toEqual({ passesUsed: 4, faceValueCents: 4_000, feeCents: 120 });
  });

  describe('FIXED_GRANT: the State’s convention', () => {
    it('owes nothing before the convention is signed', () => {
      const claim = grantOf({ ...state, grant: { ...convention, signedOn: '2020-02-04' } }, { ...bases(50_000_000), asOf: '2020-02-03' });
      expect(claim).toMatchObject({ entitlementCents: 0, claimableNowCents: 0, grant: { stage: 'NOT_SIGNED', earnedCents: 32_000_261 } });
      expect(grantOf({ ...state, grant: { ...convention, signedOn: null } }, bases(AE)).entitlementCents).toBe(0);
    });

    it('owes the advance at signature, before anything is spent: 30 % of 488,900.00', () => {
      const claim = grantOf(state, { ...bases(0), asOf: '2020-02-04' });
      expect(claim).toMatchObject({ entitlementCents: 14_667_000, grant: { stage: 'ADVANCE', advanceCents: 14_667_000, ceilingCents: 39_112_000, earnedCents: 0 } });
    });

    it('owes instalments on evidence of spending: the grant’s share of what was spent, rounded down', () => {
      // 488,900.00 × 300,000.00 / 763,900.00 = 192,001.570886… → 192,001.57.
      const claim = grantOf(state, bases(30_000_000));
      expect(claim).toMatchObject({ entitlementCents: 19_200_157, grant: { stage: 'INSTALMENTS', spentCents: 30_000_000, earnedCents: 19_200_157 } });
      expect(claim.explanation).toContain('192001.57 earned');
    });

    it('stops at the instalment ceiling before the final report, whatever was spent', () => {
      expect(grantOf(state, bases(AE)).entitlementCents).toBe(39_112_000);
      expect(grantOf(state, bases(90_000_000)).grant?.stage).toBe('INSTALMENTS');
    });

    it('reaches exactly 488,900.00 on the final report when all 763,900.00 is spent, and never more', () => {
      const reported: ClaimCoFunder = { ...state, grant: { ...convention, finalReportOn: '2022-05-31' } };
      expect(grantOf(reported, bases(AE))).toMatchObject({ entitlementCents: 48_890_000, grant: { stage: 'BALANCE', earnedCents: 48_890_000 } });
      expect(grantOf(reported, bases(AE + 1)).entitlementCents).toBe(48_890_000);
      expect(grantOf(reported, bases(100_000_000_00)).entitlementCents).toBe(48_890_000);
      for (let spent = AE - 3; spent <= AE + 3; spent++) expect(grantOf(reported, bases(spent)).entitlementCents).toBeLessThanOrEqual(48_890_000);
    });

    it('reduces the grant pro rata when spending falls short of the base, and says what to repay', () => {
      const reported: ClaimCoFunder = { ...state, receivedCents: 39_112_000, grant: { ...convention, finalReportOn: '2022-05-31' } };
      // 488,900.00 × 700,000.00 / 763,900.00 = 448,003.665… → 448,003.66 (rounded down).
      expect(grantOf(reported, bases(70_000_000))).toMatchObject({ entitlementCents: 44_800_366, owedCents: 5_688_366, claimableNowCents: 5_688_366, toRepayCents: 0 });
      // Half the base spent: 244,450.00 earned, 146,670.00 too much received.
      expect(grantOf(reported, bases(AE / 2))).toMatchObject({ entitlementCents: 24_445_000, owedCents: 0, toRepayCents: 14_667_000 });
    });

    it('counts a final report only from the day it was filed', () => {
      const reported: ClaimCoFunder = { ...state, grant: { ...convention, finalReportOn: '2022-05-31' } };
      expect(grantOf(reported, { ...bases(AE), asOf: '2022-05-30' }).grant?.stage).toBe('INSTALMENTS');
      expect(grantOf(reported, { ...bases(AE), asOf: '2022-05-31' }).grant?.stage).toBe('BALANCE');
    });
  });

  describe('ELIGIBLE_PAID_RATE: FEDER', () => {
    it('reaches exactly 125,000.00 when all 763,900.00 is eligible, with the exact share; the rounded 16.36 % would fall 25.96 short', () => {
      expect(grantOf(feder, bases(AE)).entitlementCents).toBe(12_500_000);
      expect(grantOf({ ...feder, ratio: { numerator: 1_636, denominator: 10_000 } }, bases(AE)).entitlementCents).toBe(12_497_404);
    });

    it('never exceeds its cap, the planned 125,000.00', () => {
      expect(grantOf(feder, bases(100_000_000)).entitlementCents).toBe(12_500_000);
      expect(grantOf(feder, bases(100_000_000)).explanation).toContain('capped at the planned 125000.00');
    });

    it('rounds down, or half up when the co-funder says so, once on the whole base', () => {
      // 100,000.00 × 125,000 / 763,900 = 16,363.398…: down 16,363.39; half up 16,363.40.
      expect(grantOf(feder, bases(10_000_000)).entitlementCents).toBe(1_636_339);
      expect(grantOf({ ...feder, rounding: 'HALF_UP' }, bases(10_000_000)).entitlementCents).toBe(1_636_340);
      // 123,456.78 → 20,201.724…: both give 20,201.72.
      expect(grantOf({ ...feder, rounding: 'HALF_UP' }, bases(12_345_678)).entitlementCents).toBe(2_020_172);
    });

    it('applies to FEDER-eligible spending only', () => {
      expect(grantOf(feder, bases(AE, { eligiblePaidCents: 45_656_500 })).entitlementCents).toBe(7_470_954);
    });
  });

  it('shares the founding decision’s 763,900.00 to the cent: State 488,900.00, FEDER 125,000.00, Région 150,000.00', () => {
    const reported: ClaimCoFunder = { ...state, grant: { ...convention, finalReportOn: '2022-05-31' } };
    const claims = computeClaims([reported, feder, region], bases(AE));
    expect(claims.map((c) => [c.coFunderId, c.entitlementCents])).toEqual([
      ['state', 48_890_000],
      ['feder', 12_500_000],
      ['region', 15_000_000],
    ]);
  });

  it('gives the remainder what the others leave of what was paid, even when the advance came first', () => {
    const claims = computeClaims([state, feder, region], { ...bases(10_000_000), asOf: '2020-06-30' });
    // The advance (146,670.00) is more than was paid (100,000.00): FEDER and the Région get nothing yet.
    expect(claims.map((c) => c.entitlementCents)).toEqual([14_667_000, 0, 0]);
  });

  it('keeps the State’s used-passes rule: at most its rate of the purchase of passes used, capped', () => {
    const [claim] = computeClaims([usedShare], bases(25_000_000, { usedPassesPurchaseCents: 10_400_000 }));
    expect(claim).toMatchObject({ baseCents: 10_400_000, entitlementCents: 5_200_000 });
    const [capped] = computeClaims([{ ...usedShare, plannedCents: 1_000_000, receivedCents: 400_000 }], bases(10_000_000, { usedPassesPurchaseCents: 10_000_000 }));
    expect(capped).toMatchObject({ entitlementCents: 1_000_000, owedCents: 600_000 });
  });

  it('subtracts what was received and what was already claimed from what may be claimed now', () => {
    const [claim] = computeClaims([{ ...feder, receivedCents: 1_000_000, claimedCents: 3_000_000 }], bases(AE));
    expect(claim).toMatchObject({ entitlementCents: 12_500_000, owedCents: 11_500_000, claimableNowCents: 9_500_000, toRepayCents: 0 });
  });

  it('never lets co-funders with a rate claim more than was paid', () => {
    const claims = computeClaims([{ ...feder, ratio: { numerator: 1, denominator: 1 } }, { ...usedShare, ratio: { numerator: 1, denominator: 1 } }, region], {
      asOf: '2022-06-30',
      usedPassesPurchaseCents: 1_000,
      eligiblePaidCents: 1_000,
      paidCents: 1_500,
    });
    expect(claims.map((c) => c.entitlementCents)).toEqual([1_000, 500, 0]);
  });
});
