// Loads passes' part of the demo programme (libs/demo-programme): the programme facts and the
// partner facts the events would bring (so that the demo does not depend on start order), then
// the simulated 2020–2021 history of the 68,750 passes, and the 2019 pilot's 5,000.
// Idempotent: a programme whose demo order exists is left as it is.
import {
  DEMO_AGREEMENTS,
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
import { createPassesServices, type PassesServiceOptions } from '../context';
import { HistorySimulator, type SimulatedDistributor } from './history-simulator';

export async function loadPassesDemo(deps: ServiceDependencies, options: PassesServiceOptions, logger: Logger): Promise<'loaded' | 'already-there'> {
  const { dataSource } = deps;
  const programme = FOUNDING_DECISION.programme;
  const pilot = DEMO_PILOT_PROGRAMME;
  for (const p of [
    { ...programme, ownerOrganisationId: DEMO_REGION.organisationId },
    { ...pilot },
  ]) {
    await dataSource.query(
      `INSERT INTO programme (id, code, name, owner_organisation_id, perimeter_level, perimeter_code, starts_on, ends_on, learnt_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, now()) ON CONFLICT (id) DO NOTHING`,
      [p.id, p.code, p.name, p.ownerOrganisationId, p.perimeter.level, p.perimeter.code, p.startsOn, p.endsOn],
    );
  }
  const distributors: SimulatedDistributor[] = DEMO_AGREEMENTS.filter((a) => a.role === 'DISTRIBUTOR').map((a) => ({
    organisationId: a.organisationId,
    agreementId: a.id,
    scope: a.scope ?? programme.perimeter,
  }));
  const agreements = [
    ...distributors.map((d) => ({ ...d, programmeId: programme.id, startsOn: '2020-02-04', endsOn: programme.endsOn })),
    ...DEMO_PILOT_DISTRIBUTORS.map((d) => ({ ...d, programmeId: pilot.id, startsOn: pilot.startsOn, endsOn: pilot.endsOn })),
  ];
  for (const a of agreements) {
    await dataSource.query(
      `INSERT INTO distributor_agreement (agreement_id, programme_id, organisation_id, scope_level, scope_code, starts_on, ends_on)
       VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (agreement_id) DO NOTHING`,
      [a.agreementId, a.programmeId, a.organisationId, a.scope.level, a.scope.code, a.startsOn, a.endsOn],
    );
  }
  for (const p of DEMO_PLACES) {
    await dataSource.query(
      `INSERT INTO place (id, organisation_id, name, insee_code, status, cashes_through_regie, changed_at)
       VALUES ($1, $2, $3, $4, 'QUALIFIED', $5, '2019-01-01T00:00:00Z') ON CONFLICT (id) DO NOTHING`,
      [p.id, p.organisationId, p.name, p.inseeCode, p.cashesThroughRegie],
    );
  }
  // The pact's zone, as territory will announce it (version 0: any real announcement wins).
  const geography = Geography.load();
  const pilotZoneCommunes = [...new Set([...PILOT_ZONE.epcis.flatMap((e) => geography.membersOfEpci(e)), ...PILOT_ZONE.communes])].sort();
  await dataSource.query(
    `INSERT INTO zone (id, programme_id, name, member_communes, version) VALUES ($1, $2, $3, $4, 0) ON CONFLICT (id) DO NOTHING`,
    [PILOT_ZONE.id, PILOT_ZONE.programmeId, PILOT_ZONE.name, pilotZoneCommunes],
  );
  const places = DEMO_PLACES.map((p) => ({ id: p.id, organisationId: p.organisationId, inseeCode: p.inseeCode }));

  let loaded = false;
  const runs: Array<[DemoPassesHistory, SimulatedDistributor[]]> = [
    [DEMO_PILOT_HISTORY, DEMO_PILOT_DISTRIBUTORS.map((d) => ({ organisationId: d.organisationId, agreementId: d.agreementId, scope: d.scope }))],
    [DEMO_PASSES_HISTORY, distributors],
  ];
  for (const [history, its] of runs) {
    const [existing] = await dataSource.query(`SELECT 1 FROM pass_order WHERE id = $1`, [history.order.id]);
    if (existing) continue;
    const clock = new ManualClock(`${history.order.placedOn}T09:00:00Z`);
    const services = createPassesServices({ ...deps, clock }, options);
    const started = Date.now();
    await new HistorySimulator(services, clock, history, its, places, logger).run();
    logger.info('demo history loaded', { programmeId: history.programmeId, ms: Date.now() - started });
    loaded = true;
  }
  return loaded ? 'loaded' : 'already-there';
}
