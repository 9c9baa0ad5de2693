import { DEMO_PASS_ORDER_TRANCHES, FOUNDING_DECISION, FUNDING_DEMO, PASSES_DEMO_IDS, PILOT_DEMO, PILOT_ZONE, trancheCents } from '@pass-numerique/demo-programme';
import { computeClaims } from '../budget/claims';
import { ratioOf } from '../funding-plan/rates';

describe("funding's demo facts", () => {
  const authorised = FOUNDING_DECISION.authorisation.amountCents;
  const [state, feder, region] = FUNDING_DEMO.coFunders;

  it('has a funding plan that balances: State 488,900 + FEDER 125,000 + Region 150,000 = the AE', () => {
    expect(FUNDING_DEMO.coFunders.map((c) => c.plannedCents)).toEqual([48_890_000, 12_500_000, 15_000_000]);
    expect(FUNDING_DEMO.coFunders.reduce((sum, c) => sum + c.plannedCents, 0)).toBe(authorised);
    expect(FUNDING_DEMO.coFunders.map((c) => c.rule)).toEqual(['FIXED_GRANT', 'ELIGIBLE_PAID_RATE', 'REMAINDER']);
  });

  it('states FEDER’s share exactly (125,000 of 763,900), which reads 16.36 % rounded', () => {
    expect(feder.share).toEqual({ amountCents: 12_500_000, ofCents: authorised });
    const ratio = ratioOf({ rateBasisPoints: null, shareAmountCents: feder.share!.amountCents, shareOfCents: feder.share!.ofCents });
    expect(ratio).toEqual({ numerator: 12_500_000, denominator: authorised });
  });

  it('gives the State, the FEDER and the Région exactly their planned amounts once the whole operation is spent and reported', () => {
    const claims = computeClaims(
      [
        { id: 'state', rule: state.rule, ratio: null, rounding: state.rounding, plannedCents: state.plannedCents, receivedCents: 0, claimedCents: 0, grant: { ...state.convention!, finalReportOn: '2022-06-30' } },
        { id: 'feder', rule: feder.rule, ratio: { numerator: 12_500_000, denominator: authorised }, rounding: feder.rounding, plannedCents: feder.plannedCents, receivedCents: 0, claimedCents: 0, grant: null },
        { id: 'region', rule: region.rule, ratio: null, rounding: region.rounding, plannedCents: region.plannedCents, receivedCents: 0, claimedCents: 0, grant: null },
      ],
      { asOf: '2022-12-31', usedPassesPurchaseCents: 0, eligiblePaidCents: authorised, paidCents: authorised },
    );
    expect(claims.map((c) => c.entitlementCents)).toEqual([48_890_000, 12_500_000, 15_000_000]);
  });

  it('records State receipts the convention allowed on their day: the advance first, then an instalment within the ceiling', () => {
    const [advance, instalment] = FUNDING_DEMO.stateReceipts;
    expect(advance.amountCents).toBe((state.plannedCents * state.convention!.advanceRateBasisPoints) / 10_000);
    expect(advance.receivedOn >= state.convention!.signedOn).toBe(true);
    expect(advance.amountCents + instalment.amountCents).toBeLessThanOrEqual((state.plannedCents * state.convention!.instalmentCeilingBasisPoints) / 10_000);
  });

  it('leaves 48,900 of engineering once the passes and their 4 % fee (27,500) are committed', () => {
    const { faceValueCents, feeCents } = FUNDING_DEMO.passOrder;
    expect([faceValueCents, feeCents]).toEqual([68_750_000, 2_750_000]);
    expect(FUNDING_DEMO.engineering.commitment.amountCents).toBe(authorised - faceValueCents - feeCents);
  });

  it('pays the engineering contract in full between 2020 and 2022, each payment in its own budget year', () => {
    const { commitment, payments } = FUNDING_DEMO.engineering;
    expect(payments.reduce((sum, p) => sum + p.amountCents, 0)).toBe(commitment.amountCents);
    for (const p of payments) {
      expect(Number(p.paidOn.slice(0, 4))).toBe(p.budgetYear);
      expect(p.paidOn >= commitment.committedOn && p.paidOn <= '2022-12-31').toBe(true);
    }
  });

  it('buys passes in tranches that keep every budget year within the schedule, all activated before the operation ends', () => {
    const paid = new Map<number, number>();
    const add = (year: number, cents: number) => paid.set(year, (paid.get(year) ?? 0) + cents);
    for (const t of DEMO_PASS_ORDER_TRANCHES) {
      expect(t.placedOn < t.deliveredOn && t.deliveredOn < t.activatedOn && t.activatedOn <= FOUNDING_DECISION.programme.endsOn).toBe(true);
      add(Number(t.activatedOn.slice(0, 4)), trancheCents(t.bookletCount).totalCents);
    }
    for (const p of FUNDING_DEMO.engineering.payments) add(p.budgetYear, p.amountCents);
    expect(Object.fromEntries(paid)).toEqual({ 2020: 23_245_000, 2021: 42_516_000, 2022: 489_000 });
    for (const line of FOUNDING_DECISION.authorisation.schedule) expect(paid.get(line.budgetYear) ?? 0).toBeLessThanOrEqual(line.amountCents);
    const passes = DEMO_PASS_ORDER_TRANCHES.reduce((sum, t) => sum + t.bookletCount * 10, 0);
    expect(passes).toBe(59_000);
    expect(passes).toBeLessThanOrEqual(FOUNDING_DECISION.programme.passCount);
    // The first tranche is the passes demo's order of today.
    expect(DEMO_PASS_ORDER_TRANCHES[0].orderId).toBe(PASSES_DEMO_IDS.order);
  });

  it('opens the 2019 pilot under the passes demo’s id, on the pact zone, with an authorisation for its 5,000 passes and the 4 % fee', () => {
    expect(PILOT_DEMO.programme.id).toBe(PASSES_DEMO_IDS.pilotProgramme);
    expect(PILOT_DEMO.programme.perimeter).toEqual({ level: 'ZONE', code: PILOT_ZONE.id });
    expect(PILOT_DEMO.authorisation.amountCents).toBe(trancheCents(PILOT_DEMO.passCount / 10).totalCents);
    expect(PILOT_DEMO.coFunders.reduce((sum, c) => sum + c.plannedCents, 0)).toBe(PILOT_DEMO.authorisation.amountCents);
    expect([PILOT_DEMO.deliberation.number, PILOT_DEMO.amendment.number]).toEqual(['2019.00610', '2019.01475']);
    expect(PILOT_DEMO.deliberation.assumption).toBeTruthy();
  });
});
