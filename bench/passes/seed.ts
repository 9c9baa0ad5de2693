// Seeds for the benchmarks, written through the service's own code paths (orders, allocation,
// hand-out) or, for the funnel of France, straight into the read model it is about.
import { randomUUID } from 'node:crypto';
import { Geography } from '@pass-numerique/geography';
import { ProgrammeOpenedV1, PlaceQualifiedV2, AgreementSignedV1 } from '@pass-numerique/event-contracts';
import { eventSubject } from '@pass-numerique/messaging';
import { internalReach } from '@pass-numerique/service-kit';
import type { startPassesService } from '@pass-numerique/passes-service';

type Running = Awaited<ReturnType<typeof startPassesService>>;

async function publish(service: Running, type: string, payload: unknown): Promise<void> {
  const id = randomUUID();
  await service.bus.js.publish(eventSubject(service.bus.prefix, type), JSON.stringify({ id, type, occurredAt: new Date().toISOString(), payload }), { msgID: id });
}

async function until(service: Running, sql: string, params: unknown[]): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if ((await service.dataSource.query(sql, params)).length > 0) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`seed: timed out on ${sql}`);
}

export async function openBenchProgramme(service: Running): Promise<string> {
  const programmeId = randomUUID();
  await publish(service, ProgrammeOpenedV1.type, {
    programmeId, code: `BENCH-${programmeId.slice(0, 6).toUpperCase()}`, name: 'Bench', ownerOrganisationId: null,
    perimeter: { level: 'REGION', code: '32' }, startsOn: '2020-01-01', endsOn: '2030-12-31', authorisedCents: 1_000_000_000,
  });
  await until(service, `SELECT 1 FROM programme WHERE id = $1`, [programmeId]);
  return programmeId;
}

/** `count` passes handed out and redeemable at one qualified place. */
export async function seedRedeemablePasses(service: Running, count: number) {
  const programmeId = await openBenchProgramme(service);
  const placeId = randomUUID();
  const placeOrganisationId = randomUUID();
  await publish(service, PlaceQualifiedV2.type, { placeId, programmeId, organisationId: placeOrganisationId, name: 'Bench place', inseeCode: '59350', cashesThroughRegie: false, at: new Date().toISOString() });
  const distributor = randomUUID();
  const agreementId = randomUUID();
  await publish(service, AgreementSignedV1.type, { agreementId, programmeId, organisationId: distributor, role: 'DISTRIBUTOR', scope: null, startsOn: '2020-01-01', endsOn: null });
  await until(service, `SELECT 1 FROM place_qualification WHERE place_id = $1 AND programme_id = $2`, [placeId, programmeId]);
  await until(service, `SELECT 1 FROM distributor_agreement WHERE agreement_id = $1`, [agreementId]);
  const { services } = service;
  const reach = internalReach('bench');
  const bookletCount = Math.ceil(count / 10);
  const order = await services.orders.placeOrder({ programmeId, bookletCount, bookletSize: 10, passFaceValue: '10.00', feeRateBasisPoints: 400, targetPublics: [] }, reach);
  await services.orders.markDelivered(order.id, reach);
  await services.orders.activate(order.id, 'BENCH-1', reach);
  const booklets = await services.booklets.allocate({ distributorOrganisationId: distributor, orderId: order.id, count: bookletCount }, reach);
  const passNumbers: string[] = [];
  for (const b of booklets) {
    const { passNumbers: handed } = await services.handOuts.handOut(
      { bookletId: b.id, profile: { ageBand: 'FROM_26_TO_44', situation: 'JOB_SEEKER', residenceInseeCode: '59350', consent: true } },
      reach,
    );
    passNumbers.push(...handed.map(String));
  }
  return { programmeId, placeId, placeOrganisationId, passNumbers: passNumbers.slice(0, count) };
}

/**
 * The read model of a programme with `passes` passes handed out across every commune of France
 * (in proportion to population), a little over half redeemed: one row per commune, EPCI,
 * département and région, as the service's transactions would have left them.
 */
export async function seedFunnelOfFrance(service: Running, passes: number) {
  const programmeId = await openBenchProgramme(service);
  const geography = Geography.load();
  const communes = [...geography.communes.values()];
  const population = communes.reduce((sum, c) => sum + c.population, 0);
  const rows = new Map<string, { dimension: string; key: string; handedOut: number; redeemed: number }>();
  let assigned = 0;
  communes.forEach((c, i) => {
    const handedOut = i === communes.length - 1 ? passes - assigned : Math.floor((passes * c.population) / population);
    assigned += handedOut;
    const redeemed = Math.floor(handedOut * 0.56);
    for (const [dimension, key] of [['COMMUNE', c.code], ['DEPARTEMENT', c.departement], ['REGION', c.region], ...(c.epci ? [['EPCI', c.epci]] : [])]) {
      const id = `${dimension}|${key}`;
      const row = rows.get(id) ?? { dimension, key, handedOut: 0, redeemed: 0 };
      row.handedOut += handedOut;
      row.redeemed += redeemed;
      rows.set(id, row);
    }
  });
  const list = [...rows.values()];
  await service.dataSource.query(
    `INSERT INTO funnel_counter (programme_id, dimension, key, shard, ordered, activated, allocated, handed_out, redeemed, reimbursed)
     SELECT $1, r.dimension, r.key, 0, r.handed_out, r.handed_out, r.handed_out, r.handed_out, r.redeemed, r.redeemed
       FROM unnest($2::text[], $3::text[], $4::bigint[], $5::bigint[]) AS r(dimension, key, handed_out, redeemed)`,
    [programmeId, list.map((r) => r.dimension), list.map((r) => r.key), list.map((r) => r.handedOut), list.map((r) => r.redeemed)],
  );
  await service.dataSource.query(`ANALYZE funnel_counter`);
  return { programmeId, communes: communes.length, rows: list.length };
}
