import { RateLimiter } from './rate-limiter';

describe('per-client rate limiter', () => {
  it('allows a burst, then refuses with a Retry-After, then refills with time', () => {
    let now = 0;
    const limiter = new RateLimiter(60, 3, () => now);
    expect([1, 2, 3].map(() => limiter.take('a').allowed)).toEqual([true, true, true]);
    const refused = limiter.take('a');
    expect(refused).toEqual({ allowed: false, retryAfterSeconds: 1 });
    expect(limiter.take('b').allowed).toBe(true); // another client is not affected
    now += 1_000;
    expect(limiter.take('a').allowed).toBe(true);
  });

  it('takes a request in advance and gives it back when it did not count', () => {
    const now = 0;
    const limiter = new RateLimiter(60, 2, () => now);
    expect(limiter.take('a').allowed).toBe(true);
    expect(limiter.take('a').allowed).toBe(true);
    limiter.giveBack('a');
    expect(limiter.take('a').allowed).toBe(true);
    expect(limiter.take('a').allowed).toBe(false);
    limiter.giveBack('a');
    limiter.giveBack('a');
    limiter.giveBack('a');
    expect([1, 2, 3].map(() => limiter.take('a').allowed)).toEqual([true, true, false]); // never above the burst
  });
});
