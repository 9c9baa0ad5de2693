import { RateLimiter } from './rate-limiter';

describe('per-client rate limiter', () => {
  beforeEach(() => jest.useFakeTimers({ now: 0 }));
  afterEach(() => jest.useRealTimers());

  it('allows a burst, then refuses with a Retry-After, then refills with time', async () => {
    const limiter = new RateLimiter({ name: 'test', perMinute: 60, burst: 3 });
    expect(await Promise.all([1, 2, 3].map(async () => (await limiter.take('a')).allowed))).toEqual([true, true, true]);
    expect(await limiter.take('a')).toEqual({ allowed: false, retryAfterSeconds: 1 });
    expect((await limiter.take('b')).allowed).toBe(true); // another client is not affected
    jest.advanceTimersByTime(1_000);
    expect((await limiter.take('a')).allowed).toBe(true);
  });

  it('takes a request in advance and gives it back when it did not count', async () => {
    const limiter = new RateLimiter({ name: 'test', perMinute: 60, burst: 2 });
    expect((await limiter.take('a')).allowed).toBe(true);
    expect((await limiter.take('a')).allowed).toBe(true);
    await limiter.giveBack('a');
    expect((await limiter.take('a')).allowed).toBe(true);
    expect((await limiter.take('a')).allowed).toBe(false);
    await limiter.giveBack('a');
    await limiter.giveBack('a');
    await limiter.giveBack('a');
    const takes: boolean[] = [];
    for (let i = 0; i < 3; i++) takes.push((await limiter.take('a')).allowed);
    expect(takes).toEqual([true, true, false]); // never above the burst
  });

  it('holds the sustained rate once the burst is spent', async () => {
    const limiter = new RateLimiter({ name: 'test', perMinute: 120, burst: 4 });
    const allowedPerSecond: number[] = [];
    for (let second = 0; second < 5; second++) {
      let allowed = 0;
      for (let i = 0; i < 10; i++) if ((await limiter.take('a')).allowed) allowed++;
      allowedPerSecond.push(allowed);
      jest.advanceTimersByTime(1_000);
    }
    expect(allowedPerSecond).toEqual([4, 2, 2, 2, 2]);
  });
});
