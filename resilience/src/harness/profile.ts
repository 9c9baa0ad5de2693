// How big a campaign is. `npm test` runs the CI profile (each suite in a minute or two);
// `npm run resilience -- --long` runs the long one (resilience/run.mjs sets RESILIENCE_PROFILE).
// RESILIENCE_SEED replays a campaign exactly: the fault order and every fuzzed request follow it.
export interface Profile {
  name: 'ci' | 'long';
  seed: number;
  faults: {
    /** Rounds of the whole fault list (kill -9 of each app, NATS, PostgreSQL), in a seeded order from the second round on. */
    rounds: number;
    /** Concurrent partner-software clients handing out and redeeming passes. */
    workers: number;
    /** Booklets of 10 the load can spend. */
    booklets: number;
    /** Load between two faults. */
    settleMs: number;
    /** How long an app stays down before it is restarted. */
    downtimeMs: number;
    /** The long PostgreSQL outage, while events wait to be applied. */
    outageMs: number;
  };
  /** The replicated platform: two of each app, three NATS servers. */
  replicas: {
    /** Rounds of faults: one process of every app down, a NATS server and PostgreSQL killed meanwhile, the processes back. */
    rounds: number;
    workers: number;
    booklets: number;
    settleMs: number;
    downtimeMs: number;
  };
  fuzz: {
    requests: number;
    concurrency: number;
  };
  /** Jest's limit for the longest test of each suite. */
  timeoutMs: number;
}

function seedFromEnvironment(): number {
  const given = process.env.RESILIENCE_SEED;
  if (given && /^\d+$/.test(given)) return Number(given) >>> 0;
  return (Date.now() ^ (process.pid << 16)) >>> 0;
}

export function profile(): Profile {
  const seed = seedFromEnvironment();
  if (process.env.RESILIENCE_PROFILE === 'long') {
    return {
      name: 'long',
      seed,
      faults: { rounds: Number(process.env.RESILIENCE_ROUNDS ?? 8), workers: 8, booklets: 1_500, settleMs: 6_000, downtimeMs: 3_000, outageMs: 200_000 },
      replicas: { rounds: Number(process.env.RESILIENCE_ROUNDS ?? 8), workers: 8, booklets: 1_000, settleMs: 6_000, downtimeMs: 3_000 },
      fuzz: { requests: Number(process.env.RESILIENCE_FUZZ_REQUESTS ?? 30_000), concurrency: 12 },
      timeoutMs: 3 * 3_600_000,
    };
  }
  return {
    name: 'ci',
    seed,
    faults: { rounds: 1, workers: 4, booklets: 120, settleMs: 1_500, downtimeMs: 800, outageMs: 10_000 },
    replicas: { rounds: 1, workers: 4, booklets: 30, settleMs: 1_000, downtimeMs: 1_500 },
    fuzz: { requests: 2_000, concurrency: 8 },
    timeoutMs: 150_000,
  };
}
