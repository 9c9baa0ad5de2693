import { EVENT_CATALOGUE } from './index';

describe('event catalogue', () => {
  it('names every event <producer>.<aggregate>.<happening>.v<N>, once, with a known producer', () => {
    const types = EVENT_CATALOGUE.map((c) => c.type);
    expect(new Set(types).size).toBe(types.length);
    for (const contract of EVENT_CATALOGUE) {
      expect(contract.type).toMatch(/^(funding|partners|passes|territory)\.[a-z-]+\.[a-z-]+\.v\d+$/);
      expect(contract.producer).toBe(contract.type.split('.')[0]);
    }
  });

  it('rejects a payload that breaks its contract, listing the fields', () => {
    const opened = EVENT_CATALOGUE.find((c) => c.type === 'funding.programme.opened.v1')!;
    const result = opened.schema.safeParse({ programmeId: 'nope', authorisedCents: 1.5 });
    expect(result.success).toBe(false);
  });
});
