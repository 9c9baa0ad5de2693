// The operator's view of dead letters (libs/messaging/src/dead-letters.ts) on a platform's bus.
import { connectEventBus, listDeadLetters, replayDeadLetter, type DeadLetter } from '@pass-numerique/messaging';
import type { Platform } from './platform';

export async function deadLetters(platform: Platform): Promise<DeadLetter[]> {
  const bus = await connectEventBus(platform.natsUrl, platform.eventPrefix, 'resilience-dead-letters');
  try {
    return await listDeadLetters(bus, 1_000);
  } finally {
    await bus.nc.close();
  }
}

/** Replays every dead letter; returns how many went back into each producer's stream. */
export async function replayAll(platform: Platform, letters: DeadLetter[]): Promise<Record<string, number>> {
  const bus = await connectEventBus(platform.natsUrl, platform.eventPrefix, 'resilience-dead-letters');
  const replayed: Record<string, number> = {};
  try {
    for (const letter of letters) {
      await replayDeadLetter(bus, letter.sequence);
      // Original subjects are <prefix>.<producer>.…: the replay lands in the producer's stream.
      const producer = letter.originalSubject.split('.')[1];
      replayed[producer] = (replayed[producer] ?? 0) + 1;
    }
  } finally {
    await bus.nc.close();
  }
  return replayed;
}
