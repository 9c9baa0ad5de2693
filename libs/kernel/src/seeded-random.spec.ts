import { SeededRandom } from './seeded-random';

describe('SeededRandom', () => {
  it('draws the same sequence from the same seed, another from another seed', () => {
    const draws = (seed: number) => {
      const random = new SeededRandom(seed);
      return Array.from({ length: 5 }, () => random.next());
    };
    expect(draws(42)).toEqual(draws(42));
    expect(draws(42)).not.toEqual(draws(43));
    // mulberry32's first draw for seed 1: the generated demo data depends on this exact sequence.
    expect(new SeededRandom(1).next()).toBeCloseTo(0.6270739405881613, 15);
  });

  it('keeps integers within their bounds and picks among the items', () => {
    const random = new SeededRandom(7);
    const ints = Array.from({ length: 1_000 }, () => random.int(3, 5));
    expect(new Set(ints)).toEqual(new Set([3, 4, 5]));
    expect(['a', 'b']).toContain(random.pick(['a', 'b']));
  });
});
