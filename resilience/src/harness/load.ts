// A steady stream of what partners' software does all day, through the gateway: a distributor
// hands a pass out, a place redeems it. Each client behaves as docs/partners.md tells partners
// to: when the platform does not answer (network error, 5xx, a subgraph unavailable), it tries
// again — a redemption with the same idempotency key, so that a lost answer never redeems twice.
// Beside them, programme staff place, deliver and activate small orders (commitments and
// payments in funding), and may keep the programme's dashboard open (funding's budget and
// passes' funnel in one query). Every outcome is recorded, so that the checks can tell what was
// confirmed to the client and must therefore exist exactly once.
import { randomUUID } from 'node:crypto';
import { ApiError, call, headersOf, isUnavailable, UNAVAILABLE_CODES } from './api';
import { sleep } from './child-process';
import type { Platform } from './platform';
import type { Prng } from './prng';
import { Tally } from './report';
import { beneficiaryNear, MUTATIONS, type PrintedPass, type Scenario } from './scenario';

/** How long one operation is retried before the client gives up (longer than any fault). */
const GIVE_UP_AFTER_MS = 90_000;

/** What a programme's staff watch: money from funding, the passes' funnel from passes, the perimeter's name from territory. */
export const DASHBOARD = `query($id: ID!) { programme(id: $id) { budget { committed { cents } passesUsed } passes { funnel { handedOut redeemed } } perimeter { name } } }`;

export interface DashboardFigures {
  committedCents: number;
  passesUsed: number;
  handedOut: number;
  redeemed: number;
}

export function dashboardFigures(data: any): DashboardFigures | undefined {
  const programme = data?.programme;
  if (!programme?.budget || !programme.passes || !programme.perimeter) return undefined;
  return { committedCents: programme.budget.committed.cents, passesUsed: programme.budget.passesUsed, handedOut: programme.passes.funnel.handedOut, redeemed: programme.passes.funnel.redeemed };
}

export interface LoadFigures {
  operations: Tally;
  /** Calls that failed for a while (platform unavailable) before an answer. */
  retried: Tally;
  /** What the clients were told while the platform was degraded, by code. */
  transient: Tally;
  /** Outcomes a well-behaved client must never see. */
  unexpected: string[];
}

export class SteadyLoad {
  /** Passes whose redemption the platform confirmed, with the redemption's id. */
  readonly redeemed = new Map<string, string>();
  readonly handedOut = new Set<string>();
  /** Orders whose placement was confirmed, and whether their activation was. */
  readonly orders = new Map<string, { activated: boolean }>();
  readonly figures: LoadFigures = { operations: new Tally(), retried: new Tally(), transient: new Tally(), unexpected: [] };
  private readonly queue: PrintedPass[];
  private running = false;
  private loops: Promise<void>[] = [];

  constructor(
    private readonly platform: Platform,
    private readonly scenario: Scenario,
    private readonly rng: Prng,
    private readonly options: { workers: number; orderEveryMs?: number; pauseMs?: number; dashboardEveryMs?: number },
  ) {
    this.queue = [...scenario.passes];
  }

  get remaining(): number {
    return this.queue.length;
  }

  start(): void {
    this.running = true;
    for (let i = 0; i < this.options.workers; i++) this.loops.push(this.partnerLoop(this.rng.fork()));
    if (this.options.orderEveryMs) this.loops.push(this.staffLoop(this.options.orderEveryMs));
    if (this.options.dashboardEveryMs) this.loops.push(this.dashboardLoop(this.options.dashboardEveryMs));
  }

  /** Lets the operations in hand finish (each may still be retrying), then resolves. */
  async stop(): Promise<void> {
    this.running = false;
    await Promise.all(this.loops);
    this.loops = [];
  }

  /** The figures as rows of a campaign's report. */
  reportRows(): Array<[string, string | number]> {
    const { operations, retried, transient, unexpected } = this.figures;
    return [
      ['operations attempted', operations.total],
      ['operations succeeded', operations.filter((k) => k.endsWith(' OK'))],
      ['  by operation and outcome', operations.toString()],
      ['  answered only after retries', `${retried.total} (${retried})`],
      ['  told while degraded (then retried)', transient.toString() || 'nothing'],
      ['unexpected answers to clients', unexpected.length],
    ];
  }

  private async partnerLoop(rng: Prng): Promise<void> {
    while (this.running) {
      const pass = this.queue.shift();
      if (!pass) {
        await sleep(200);
        continue;
      }
      const place = rng.pick(this.scenario.places);
      const handedOut = await this.attempt('handOut', async (retrying) => {
        try {
          await call(this.platform, this.scenario.distributor.caller, MUTATIONS.handOut, { input: { passNumber: pass.number, profile: beneficiaryNear(place) } });
        } catch (error) {
          // An answer lost on the way: the retry finds the hand-out done.
          if (retrying && error instanceof ApiError && error.code === 'PASS_ALREADY_HANDED_OUT') return;
          throw error;
        }
      });
      if (!handedOut) continue;
      this.handedOut.add(pass.number);
      const key = randomUUID();
      await this.attempt('redeemPass', async () => {
        const data = await call(this.platform, place.caller, MUTATIONS.redeemPass, { input: { pass: { passNumber: pass.number, code: pass.code }, placeId: place.id, idempotencyKey: key } });
        const earlier = this.redeemed.get(pass.number);
        if (earlier && earlier !== data.redeemPass.id) this.figures.unexpected.push(`pass ${pass.number} redeemed twice: ${earlier} and ${data.redeemPass.id}`);
        this.redeemed.set(pass.number, data.redeemPass.id);
      });
      if (this.options.pauseMs) await sleep(this.options.pauseMs);
    }
  }

  private async staffLoop(everyMs: number): Promise<void> {
    while (this.running) {
      await sleep(everyMs);
      if (!this.running) break;
      const manager = this.scenario.manager;
      let orderId: string;
      // Placing an order is not idempotent: no retry, an unanswered placement is only counted.
      try {
        orderId = (await call(this.platform, manager, MUTATIONS.placeOrder, { input: { programmeId: this.scenario.programmeId, bookletCount: 1, bookletSize: 5 } })).placeOrder.id;
        this.figures.operations.add('placeOrder OK');
      } catch (error) {
        this.figures.operations.add(`placeOrder ${isUnavailable(error) ? 'unanswered' : (error as ApiError).code}`);
        if (!isUnavailable(error)) this.figures.unexpected.push(`placeOrder: ${(error as Error).message}`);
        continue;
      }
      this.orders.set(orderId, { activated: false });
      const advanced = async (mutation: string, variables: Record<string, unknown>, name: string) =>
        this.attempt(name, async (retrying) => {
          try {
            await call(this.platform, manager, mutation, variables);
          } catch (error) {
            if (retrying && error instanceof ApiError && error.code === 'INVALID_ORDER_STATE') return;
            throw error;
          }
        });
      if (!(await advanced(MUTATIONS.markOrderDelivered, { id: orderId }, 'markOrderDelivered'))) continue;
      if (await advanced(MUTATIONS.activateOrder, { id: orderId, number: `MANDAT-${orderId.slice(0, 8)}` }, 'activateOrder')) this.orders.set(orderId, { activated: true });
    }
  }

  /**
   * Reads the dashboard again and again, as staff with it open do. A read is whole, or partial
   * while a service is away (said with an unavailable code); its counts only ever grow: a count
   * that went down would be a fact lost, or a replica answering from another state.
   */
  private async dashboardLoop(everyMs: number): Promise<void> {
    let last: DashboardFigures | undefined;
    while (this.running) {
      await sleep(everyMs);
      const result = await this.platform.query(DASHBOARD, { id: this.scenario.programmeId }, headersOf(this.scenario.manager));
      const codes = [...new Set((result.errors ?? []).map((e) => String(e.extensions?.code ?? 'UNCODED')))];
      const figures = dashboardFigures(result.data);
      if (result.status === 0 || (codes.length > 0 && codes.every((code) => UNAVAILABLE_CODES.has(code)))) {
        this.figures.operations.add('dashboard degraded');
        this.figures.transient.add(result.status === 0 ? `NETWORK:${result.networkError}` : codes.join('+') || `HTTP_${result.status}`);
        continue;
      }
      if (codes.length || !figures) {
        this.figures.operations.add(`dashboard ${codes.join('+') || 'empty'}`);
        this.figures.unexpected.push(`dashboard: ${codes.join(', ') || 'no figures'} ${result.errors?.[0]?.message ?? ''}`);
        continue;
      }
      this.figures.operations.add('dashboard OK');
      if (last) {
        for (const key of Object.keys(figures) as Array<keyof DashboardFigures>) {
          if (figures[key] < last[key]) this.figures.unexpected.push(`dashboard ${key} went down from ${last[key]} to ${figures[key]}`);
        }
      }
      last = figures;
    }
  }

  /** Runs `operation` until it answers; true when it succeeded. */
  private async attempt(name: string, operation: (retrying: boolean) => Promise<void>): Promise<boolean> {
    const deadline = Date.now() + GIVE_UP_AFTER_MS;
    for (let attempt = 0; ; attempt++) {
      try {
        await operation(attempt > 0);
        this.figures.operations.add(`${name} OK`);
        if (attempt > 0) this.figures.retried.add(name);
        return true;
      } catch (error) {
        if (isUnavailable(error) && Date.now() < deadline) {
          this.figures.transient.add((error as ApiError).code);
          await sleep(Math.min(2_000, 100 * 2 ** Math.min(attempt, 5)));
          continue;
        }
        const code = error instanceof ApiError ? error.code : String(error);
        this.figures.operations.add(`${name} ${code}`);
        this.figures.unexpected.push(`${name}: ${(error as Error).message}`);
        return false;
      }
    }
  }
}
