import { FOUNDING_DECISION, FUNDING_DEMO } from '@pass-numerique/demo-programme';

describe("funding's demo facts", () => {
  const authorised = FOUNDING_DECISION.authorisation.amountCents;

  it('has a funding plan that balances: State 488,900 + FEDER 125,000 + Region 150,000 = the AE', () => {
    expect(FUNDING_DEMO.coFunders.map((c) => c.plannedCents)).toEqual([48_890_000, 12_500_000, 15_000_000]);
    expect(FUNDING_DEMO.coFunders.reduce((sum, c) => sum + c.plannedCents, 0)).toBe(authorised);
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
});
