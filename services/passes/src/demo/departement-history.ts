// The Département de la Somme's demo history (libs/demo-programme, departement-demo.ts): its order
// placed, delivered and activated on the given days, booklets allocated to the distributor it
// shares with the Région, a few handed out to residents of its priority zone and some of their
// passes redeemed at the places it shares with the Région. Small enough to go through the
// services themselves, the injected clock set to each day, so that every row, count and event is
// the one the API would make. Deterministic: the same booklets, residents, places and instants on
// every machine.
import { DEPARTEMENT_DEMO } from '@pass-numerique/demo-programme';
import { Geography } from '@pass-numerique/geography';
import type { ManualClock } from '@pass-numerique/kernel';
import { internalReach, type Logger } from '@pass-numerique/service-kit';
import type { PassesServices } from '../context';
import { formatPassNumber, verificationCode } from '../orders/pass-numbers';
import { placeDemoOrder } from './history-simulator';

/** Who received the passes: a pseudonymous profile each, in the Département's priority zone. */
const PROFILES = [
  { ageBand: 'FROM_26_TO_44', gender: 'FEMALE', situation: 'FAR_FROM_EMPLOYMENT' },
  { ageBand: 'FROM_45_TO_59', gender: 'MALE', situation: 'JOB_SEEKER' },
  { ageBand: 'FROM_60_TO_74', gender: 'FEMALE', situation: 'RETIRED' },
  { ageBand: 'FROM_45_TO_59', gender: null, situation: 'FAR_FROM_EMPLOYMENT' },
  { ageBand: 'FROM_16_TO_25', gender: 'MALE', situation: 'STUDENT' },
  { ageBand: 'FROM_75', gender: 'FEMALE', situation: 'RETIRED' },
] as const;

/** Residents of the zone's intercommunalities in turn, from the most populous commune of each down. */
function residences(count: number): string[] {
  const geography = Geography.load();
  const byEpci = DEPARTEMENT_DEMO.zone.epcis.map((epci) =>
    [...geography.membersOfEpci(epci)].sort((a, b) => (geography.commune(b)?.population ?? 0) - (geography.commune(a)?.population ?? 0) || (a < b ? -1 : 1)),
  );
  return Array.from({ length: count }, (_, i) => byEpci[i % byEpci.length][Math.floor(i / byEpci.length)]);
}

const at = (day: string, minutes: number) => new Date(Date.parse(`${day}T09:00:00Z`) + minutes * 60_000);

export async function simulateDepartementHistory(services: PassesServices, clock: ManualClock, passCodeKey: Buffer, logger: Logger): Promise<void> {
  const { order, history, programme, sharedDistributorId, sharedPlaceIds } = DEPARTEMENT_DEMO;
  const reach = internalReach('demo');
  const agreement = DEPARTEMENT_DEMO.agreements.find((a) => a.role === 'DISTRIBUTOR' && a.organisationId === sharedDistributorId);
  if (!agreement) throw new Error('the Département’s demo names no agreement for its distributor');

  await placeDemoOrder(services, clock, programme.id, order, reach);

  clock.set(at(history.allocatedOn, 60));
  const booklets = await services.booklets.allocate(
    { distributorOrganisationId: sharedDistributorId, orderId: order.id, count: history.bookletsAllocated, agreementId: agreement.id },
    reach,
  );

  const homes = residences(history.bookletsHandedOut);
  const handedOut: number[][] = [];
  for (const [i, booklet] of booklets.slice(0, history.bookletsHandedOut).entries()) {
    clock.set(at(history.handedOutOn, 30 * i));
    const { passNumbers } = await services.handOuts.handOut({ bookletId: booklet.id, profile: { ...PROFILES[i % PROFILES.length], residenceInseeCode: homes[i], consent: true } }, reach);
    handedOut.push(passNumbers);
  }

  // The first passes of each booklet handed out, in turn, at the shared places in turn.
  const toRedeem: number[] = [];
  for (let j = 0; toRedeem.length < history.passesRedeemed; j++) {
    for (const passes of handedOut) if (toRedeem.length < history.passesRedeemed && j < passes.length) toRedeem.push(passes[j]);
  }
  for (const [i, number] of toRedeem.entries()) {
    clock.set(at(history.redeemedOn, 15 * i));
    const passNumber = formatPassNumber(number);
    await services.redemptions.redeem(
      { passNumber, code: verificationCode(passCodeKey, passNumber), placeId: sharedPlaceIds[i % sharedPlaceIds.length], idempotencyKey: `demo-departement:${passNumber}` },
      reach,
    );
  }
  logger.info('demo history loaded', { programmeId: programme.id, allocated: booklets.length, handedOut: handedOut.length, redeemed: toRedeem.length });
}
