// Closes the demo's ended programmes the way their finance department would: once the passes
// service's whole history has reached funding and nothing is left pending. Passes writes that
// history in the background and funding follows it by events, so the closing waits for it: the
// credit notes of the last expiry run — the history's last money facts — applied for every order,
// then a quiet spell with no fact arriving, then `closeProgramme` under the same rules as the API,
// retried while it answers that something is still pending.
import { DEMO_PASSES_HISTORY, DEMO_PILOT_HISTORY, FUNDING_DEMO, PILOT_DEMO, type DemoPassesHistory } from '@pass-numerique/demo-programme';
import { isDomainError } from '@pass-numerique/kernel';
import { repeatEvery, type Logger, type SubgraphJob } from '@pass-numerique/service-kit';
import type { FundingServices } from '../context';
import { demoReach } from './demo-records';

interface DemoClosing {
  history: DemoPassesHistory;
  closedOn: string;
  reference: string;
}

const DEMO_CLOSINGS: DemoClosing[] = [
  { history: DEMO_PILOT_HISTORY, ...PILOT_DEMO.closing },
  { history: DEMO_PASSES_HISTORY, ...FUNDING_DEMO.closing },
];

/** What `closeProgramme` answers while the history is still arriving: worth another try. */
const STILL_PENDING = new Set(['STATEMENTS_PENDING', 'RECOVERIES_PENDING', 'PASSES_FACTS_UNSETTLED', 'COMMITMENTS_TO_PAY']);

export interface DemoClosingTiming {
  /** Between two looks at what has arrived. */
  everyMs: number;
  /** How long no money fact may have arrived before closing. */
  quietMs: number;
  /** When to stop waiting for a history that does not come (funding started without passes' demo). */
  giveUpAfterMs: number;
}

const DEFAULT_TIMING: DemoClosingTiming = { everyMs: 5_000, quietMs: 10_000, giveUpAfterMs: 30 * 60_000 };

type Outcome = 'closed' | 'waiting';

/** One look at a programme: closes it when its history has arrived and settled. */
export async function closeDemoProgrammeIfSettled(services: FundingServices, closing: DemoClosing, quietMs: number, now = new Date()): Promise<Outcome> {
  const [programme] = await services.programmeRepository.findByIds([closing.history.programmeId]);
  if (!programme) return 'waiting';
  if (programme.status === 'CLOSED') return 'closed';
  const lastRun = closing.history.expiryRunDays[closing.history.expiryRunDays.length - 1];
  const arrival = await services.passesLedgerRepository.arrivalOf(programme.id, lastRun);
  const credited = new Set(arrival.creditedOrderIds);
  if (!closing.history.orders.every((order) => credited.has(order.id))) return 'waiting';
  if (arrival.lastReceivedAt && now.getTime() - arrival.lastReceivedAt.getTime() < quietMs) return 'waiting';
  try {
    await services.programmes.closeProgramme({ programmeId: programme.id, closedOn: closing.closedOn, reference: closing.reference }, demoReach());
    return 'closed';
  } catch (error) {
    if (isDomainError(error) && STILL_PENDING.has(error.code)) return 'waiting';
    throw error;
  }
}

/**
 * The closing as a job of the funding service, on the kit's `repeatEvery`: every `everyMs` it
 * looks at the closings still waiting, until each is done or `giveUpAfterMs` has passed (then
 * each run finds nothing left to do); stopping the service waits for a look in flight.
 */
export function demoClosingJob(services: FundingServices, logger: Logger, timing: Partial<DemoClosingTiming> = {}): SubgraphJob {
  const { everyMs, quietMs, giveUpAfterMs } = { ...DEFAULT_TIMING, ...timing };
  const giveUpAt = Date.now() + giveUpAfterMs;
  let waiting = [...DEMO_CLOSINGS];

  return repeatEvery('demo closing', everyMs, async () => {
    if (waiting.length === 0) return;
    if (Date.now() > giveUpAt) {
      logger.info('demo programmes left open: their passes history did not arrive', { programmeIds: waiting.map((c) => c.history.programmeId) });
      waiting = [];
      return;
    }
    const still: DemoClosing[] = [];
    for (const closing of waiting) {
      try {
        const outcome = await closeDemoProgrammeIfSettled(services, closing, quietMs);
        if (outcome === 'closed') logger.info('demo programme closed', { programmeId: closing.history.programmeId, closedOn: closing.closedOn });
        else still.push(closing);
      } catch (error) {
        logger.warn('demo programme left open', { programmeId: closing.history.programmeId, error: isDomainError(error) ? error.code : String(error) });
      }
    }
    waiting = still;
  });
}
