import { FOUNDING_DECISION } from './founding-decision';

describe('the founding decision as data', () => {
  it('has a payment schedule that sums to the authorisation to the cent', () => {
    const { amountCents, schedule } = FOUNDING_DECISION.authorisation;
    expect(schedule.reduce((s, l) => s + l.amountCents, 0)).toBe(amountCents);
  });

  it('holds a vote that adds up: 41 present + 11 proxies = 52 for', () => {
    const { vote } = FOUNDING_DECISION.deliberation;
    expect(vote.present + vote.proxies).toBe(vote.for + vote.against + vote.abstention);
  });

  it('buys 68,750 passes of 10 EUR (687,500 EUR) inside the 763,900 EUR envelope', () => {
    const { passCount, passFaceValueCents } = FOUNDING_DECISION.programme;
    expect(passCount * passFaceValueCents).toBe(68_750_000);
    expect(passCount * passFaceValueCents).toBeLessThan(FOUNDING_DECISION.authorisation.amountCents);
  });
});
