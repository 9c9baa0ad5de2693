// Loads passes' part of the demo (libs/demo-programme): the programme facts and the partner facts
// the events would bring (so that the demo does not depend on start order) — the Région's
// programme, its 2019 pilot on the pact's zone and the Département de la Somme's programme, their
// distributors' agreements, the places each programme qualified, the zones with their quotas —
// then the simulated 2020–2021 history of the Région's passes bought in three tranches, the 2019
// pilot's 5,000 and the Département's first months. Idempotent: a programme one of whose demo
// orders exists is left as it is.
import {
  DEMO_AGREEMENTS,
  DEPARTEMENT_DEMO,
  DEMO_PASSES_HISTORY,
  DEMO_PILOT_DISTRIBUTORS,
  DEMO_PILOT_HISTORY,
  DEMO_PILOT_PROGRAMME,
  DEMO_PLACES,
  DEMO_REGION,
  FOUNDING_DECISION,
  PILOT_ZONE,
  type DemoPassesHistory,
} from '@pass-numerique/demo-programme';
import { ManualClock } from '@pass-numerique/kernel';
import { Geography } from '@pass-numerique/geography';
import type { Logger, ServiceDependencies } from '@pass-numerique/service-kit';
import type { DataSource } from 'typeorm';
import { createPassesServices, type PassesServiceOptions } from '../context';
import { HistorySimulator, type SimulatedDistributor } from './history-simulator';
import { simulateDepartementHistory } from './departement-history';
import { DemoRepository } from './demo.repository';

const demo = new DemoRepository();

export async function loadPassesDemo(deps: ServiceDependencies, options: PassesServiceOptions, logger: Logger): Promise<'loaded' | 'already-there'> {
  const distributors = await loadDemoFacts(deps.dataSource);
  const places = DEMO_PLACES.map((p) => ({ id: p.id, organisationId: p.organisationId, inseeCode: p.inseeCode }));

  let loaded = false;
  const runs: Array<[DemoPassesHistory, SimulatedDistributor[]]> = [
    [DEMO_PILOT_HISTORY, DEMO_PILOT_DISTRIBUTORS.map((d) => ({ organisationId: d.organisationId, agreementId: d.agreementId, scope: d.scope }))],
    [DEMO_PASSES_HISTORY, distributors],
  ];
  for (const [history, its] of runs) {
    if (await demo.anyOrderExists(deps.dataSource.manager, history.orders.map((o) => o.id))) continue;
    const clock = new ManualClock(`${history.orders[0].placedOn}T09:00:00Z`);
    const services = createPassesServices({ ...deps, clock }, options);
    const started = Date.now();
    await new HistorySimulator(services, clock, history, its, places, logger).run();
    logger.info('demo history loaded', { programmeId: history.programmeId, ms: Date.now() - started });
    loaded = true;
  }
  if (await loadDepartementHistory(deps, options, logger)) loaded = true;
  return loaded ? 'loaded' : 'already-there';
}

/**
 * The facts the other services' events bring, each left alone when already there (so that a real
 * announcement wins); returns the Région's distributors as the history simulator takes them.
 */
export async function loadDemoFacts(dataSource: DataSource): Promise<SimulatedDistributor[]> {
  const programme = FOUNDING_DECISION.programme;
  const pilot = DEMO_PILOT_PROGRAMME;
  const departement = DEPARTEMENT_DEMO.programme;
  const manager = dataSource.manager;
  for (const p of [
    { ...programme, ownerOrganisationId: DEMO_REGION.organisationId },
    { ...pilot },
    { ...departement, ownerOrganisationId: DEPARTEMENT_DEMO.ownerOrganisationId },
  ]) {
    await demo.recordProgrammeIfMissing(manager, p);
  }
  const distributors: SimulatedDistributor[] = DEMO_AGREEMENTS.filter((a) => a.role === 'DISTRIBUTOR').map((a) => ({
    organisationId: a.organisationId,
    agreementId: a.id,
    scope: a.scope ?? programme.perimeter,
  }));
  const agreements = [
    ...distributors.map((d) => ({ ...d, programmeId: programme.id, startsOn: '2020-02-04', endsOn: programme.endsOn })),
    ...DEMO_PILOT_DISTRIBUTORS.map((d) => ({ ...d, programmeId: pilot.id, startsOn: pilot.startsOn, endsOn: pilot.endsOn })),
    ...DEPARTEMENT_DEMO.agreements
      .filter((a) => a.role === 'DISTRIBUTOR')
      .map((a) => ({ agreementId: a.id, organisationId: a.organisationId, scope: a.scope ?? departement.perimeter, programmeId: departement.id, startsOn: a.startsOn, endsOn: a.endsOn })),
  ];
  for (const a of agreements) {
    await demo.recordAgreementIfMissing(manager, a);
  }
  for (const p of DEMO_PLACES) {
    await demo.recordPlaceIfMissing(manager, p);
  }
  // As partners' demo qualifies them: every place by the Région's programme and its pilot, the
  // shared places by the Département's too (dated before any real decision, which wins).
  const qualifications = [
    ...DEMO_PLACES.flatMap((p) => [programme.id, pilot.id].map((programmeId) => [p.id, programmeId] as const)),
    ...DEPARTEMENT_DEMO.sharedPlaceIds.map((placeId) => [placeId, departement.id] as const),
  ];
  await demo.qualifyIfMissing(manager, qualifications);
  // The pact's zone and the Département's, as territory will announce them (version 0: any real announcement wins).
  const geography = Geography.load();
  const pilotZoneCommunes = [...new Set([...PILOT_ZONE.epcis.flatMap((e) => geography.membersOfEpci(e)), ...PILOT_ZONE.communes])].sort();
  const departementZoneCommunes = [...new Set(DEPARTEMENT_DEMO.zone.epcis.flatMap((e) => geography.membersOfEpci(e)))].sort();
  for (const [zone, communes] of [
    [PILOT_ZONE, pilotZoneCommunes],
    [DEPARTEMENT_DEMO.zone, departementZoneCommunes],
  ] as const) {
    await demo.recordZoneIfMissing(manager, zone, communes);
  }
  return distributors;
}

/** The Département's history, unless its demo order exists already; whether it was written now. */
export async function loadDepartementHistory(deps: ServiceDependencies, options: PassesServiceOptions, logger: Logger): Promise<boolean> {
  const { order } = DEPARTEMENT_DEMO;
  if (await demo.orderExists(deps.dataSource.manager, order.id)) return false;
  const clock = new ManualClock(`${order.placedOn}T09:00:00Z`);
  await simulateDepartementHistory(createPassesServices({ ...deps, clock }, options), clock, options.passCodeKey, logger);
  return true;
}
