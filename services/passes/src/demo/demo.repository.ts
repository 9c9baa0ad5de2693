// Queries only: what the demo loaders write. The facts other services' events would bring, each
// left alone when already there (so that a real announcement wins), and the simulated history's
// hand-outs and redemptions, written month by month in set-based statements that produce the rows
// the services would.
import type { EntityManager } from 'typeorm';
import type { TerritoryRef } from '../territories/territory-rules';

export interface SimulatedPlace {
  id: string;
  organisationId: string;
  inseeCode: string;
}

export interface DemoBooklet {
  id: string;
  orderId: string;
  firstPassSerial: number;
  size: number;
}

export interface DemoHandOut {
  id: string;
  booklet: DemoBooklet;
  distributor: string;
  at: Date;
  validUntil: string;
  ageBand: string;
  gender: string | null;
  situation: string;
  commune: { code: string; epci: string | null; departement: string; region: string };
  zoneIds: string[];
}

export interface DemoRedemption {
  id: string;
  passNumber: number;
  handOut: DemoHandOut;
  place: SimulatedPlace;
  at: Date;
}

export class DemoRepository {
  /** Whether any of the orders exists. */
  async anyOrderExists(manager: EntityManager, orderIds: readonly string[]): Promise<boolean> {
    const [existing] = await manager.query(`SELECT 1 FROM pass_order WHERE id = ANY($1::uuid[])`, [orderIds]);
    return Boolean(existing);
  }

  async orderExists(manager: EntityManager, orderId: string): Promise<boolean> {
    const [existing] = await manager.query(`SELECT 1 FROM pass_order WHERE id = $1`, [orderId]);
    return Boolean(existing);
  }

  async recordProgrammeIfMissing(
    manager: EntityManager,
    p: { id: string; code: string; name: string; ownerOrganisationId: string | null; perimeter: TerritoryRef; startsOn: string; endsOn: string },
  ): Promise<void> {
    await manager.query(
      `INSERT INTO programme (id, code, name, owner_organisation_id, perimeter_level, perimeter_code, starts_on, ends_on, learnt_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, now()) ON CONFLICT (id) DO NOTHING`,
      [p.id, p.code, p.name, p.ownerOrganisationId, p.perimeter.level, p.perimeter.code, p.startsOn, p.endsOn],
    );
  }

  async recordAgreementIfMissing(
    manager: EntityManager,
    a: { agreementId: string; programmeId: string; organisationId: string; scope: TerritoryRef; startsOn: string; endsOn: string | null },
  ): Promise<void> {
    await manager.query(
      `INSERT INTO distributor_agreement (agreement_id, programme_id, organisation_id, scope_level, scope_code, starts_on, ends_on)
       VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (agreement_id) DO NOTHING`,
      [a.agreementId, a.programmeId, a.organisationId, a.scope.level, a.scope.code, a.startsOn, a.endsOn],
    );
  }

  async recordPlaceIfMissing(manager: EntityManager, p: { id: string; organisationId: string; name: string; inseeCode: string; cashesThroughRegie: boolean }): Promise<void> {
    await manager.query(
      `INSERT INTO place (id, organisation_id, name, insee_code, cashes_through_regie, changed_at)
       VALUES ($1, $2, $3, $4, $5, '2019-01-01T00:00:00Z') ON CONFLICT (id) DO NOTHING`,
      [p.id, p.organisationId, p.name, p.inseeCode, p.cashesThroughRegie],
    );
  }

  /** Qualifies each place for the programme beside it, dated before any real decision (which wins). */
  async qualifyIfMissing(manager: EntityManager, qualifications: ReadonlyArray<readonly [placeId: string, programmeId: string]>): Promise<void> {
    await manager.query(
      `INSERT INTO place_qualification (place_id, programme_id, status, changed_at)
     SELECT q.place_id, q.programme_id, 'QUALIFIED', '2019-01-01T00:00:00Z' FROM unnest($1::uuid[], $2::uuid[]) AS q(place_id, programme_id)
     ON CONFLICT (place_id, programme_id) DO NOTHING`,
      [qualifications.map(([placeId]) => placeId), qualifications.map(([, programmeId]) => programmeId)],
    );
  }

  /** A zone as territory will announce it, at version 0: any real announcement wins. */
  async recordZoneIfMissing(
    manager: EntityManager,
    zone: { id: string; programmeId: string | null; name: string; passQuota: number | null },
    communes: readonly string[],
  ): Promise<void> {
    await manager.query(`INSERT INTO zone (id, programme_id, name, member_communes, version, pass_quota) VALUES ($1, $2, $3, $4, 0, $5) ON CONFLICT (id) DO NOTHING`, [
      zone.id,
      zone.programmeId,
      zone.name,
      communes,
      zone.passQuota,
    ]);
  }

  /** The zones defined for the programme, or shared, with their communes. */
  zonesOf(manager: EntityManager, programmeId: string): Promise<Array<{ id: string; member_communes: string[] }>> {
    return manager.query(`SELECT id, member_communes FROM zone WHERE NOT deleted AND (programme_id = $1 OR programme_id IS NULL) ORDER BY id`, [programmeId]);
  }

  async bookletsOf(manager: EntityManager, orderId: string): Promise<DemoBooklet[]> {
    const rows: Array<{ id: string; first: string; size: number }> = await manager.query(
      `SELECT id, first_pass_serial::text AS first, size FROM booklet WHERE order_id = $1 ORDER BY number`,
      [orderId],
    );
    return rows.map((b) => ({ id: b.id, orderId, firstPassSerial: Number(b.first), size: b.size }));
  }

  async insertHandOuts(manager: EntityManager, programmeId: string, plans: readonly DemoHandOut[]): Promise<void> {
    const column = <T>(f: (h: DemoHandOut) => T) => plans.map(f);
    await manager.query(
      `INSERT INTO hand_out (id, programme_id, order_id, booklet_id, distributor_organisation_id, pass_count, handed_out_at, valid_until, age_band, gender,
                             situation, residence_insee_code, residence_epci, residence_departement, residence_region, zone_ids, consent_given, recorded_by)
       SELECT h.id, $2, h.order_id, h.booklet_id, h.distributor, h.size, h.at, h.valid_until, h.age_band, h.gender, h.situation, h.insee, h.epci, h.dep, h.reg,
              COALESCE(string_to_array(NULLIF(h.zones, ''), ',')::uuid[], '{}'), true, 'demo'
         FROM unnest($1::uuid[], $3::uuid[], $4::uuid[], $5::uuid[], $6::int[], $7::timestamptz[], $8::date[], $9::text[], $10::text[], $11::text[], $12::text[], $13::text[], $14::text[], $15::text[], $16::text[])
           AS h(id, order_id, booklet_id, distributor, size, at, valid_until, age_band, gender, situation, insee, epci, dep, reg, zones)`,
      [
        column((h) => h.id), programmeId, column((h) => h.booklet.orderId), column((h) => h.booklet.id), column((h) => h.distributor), column((h) => h.booklet.size), column((h) => h.at),
        column((h) => h.validUntil), column((h) => h.ageBand), column((h) => h.gender), column((h) => h.situation), column((h) => h.commune.code),
        column((h) => h.commune.epci), column((h) => h.commune.departement), column((h) => h.commune.region), column((h) => h.zoneIds.join(',')),
      ],
    );
  }

  /** Hands out every ISSUED pass of the hand-outs' booklets; returns how many moved. */
  async handOutBooklets(manager: EntityManager, plans: readonly DemoHandOut[]): Promise<number> {
    const column = <T>(f: (h: DemoHandOut) => T) => plans.map(f);
    const [, moved] = await manager.query(
      `UPDATE pass p SET status = 'HANDED_OUT', hand_out_id = h.id, valid_until = h.valid_until
         FROM unnest($1::uuid[], $2::bigint[], $3::int[], $4::date[]) AS h(id, first_serial, size, valid_until)
        WHERE p.number BETWEEN h.first_serial * 10 AND (h.first_serial + h.size) * 10 - 1 AND p.status = 'ISSUED'`,
      [column((h) => h.id), column((h) => h.booklet.firstPassSerial), column((h) => h.booklet.size), column((h) => h.validUntil)],
    );
    return moved;
  }

  async markBookletsHandedOut(manager: EntityManager, bookletIds: readonly string[]): Promise<void> {
    await manager.query(`UPDATE booklet SET handed_out_count = size WHERE id = ANY($1::uuid[])`, [bookletIds]);
  }

  /** Redeems the passes still HANDED_OUT; returns how many were. */
  async redeemPasses(manager: EntityManager, plans: readonly DemoRedemption[]): Promise<number> {
    const [, redeemed] = await manager.query(
      `UPDATE pass p SET status = 'REDEEMED', redemption_id = r.id FROM unnest($1::bigint[], $2::uuid[]) AS r(number, id)
        WHERE p.number = r.number AND p.status = 'HANDED_OUT'`,
      [plans.map((r) => r.passNumber), plans.map((r) => r.id)],
    );
    return redeemed;
  }

  async insertRedemptions(manager: EntityManager, programmeId: string, plans: readonly DemoRedemption[]): Promise<void> {
    const column = <T>(f: (r: DemoRedemption) => T) => plans.map(f);
    await manager.query(
      `INSERT INTO redemption (id, pass_number, programme_id, order_id, hand_out_id, place_id, place_organisation_id, face_value_cents, idempotency_key, requested_by, redeemed_at, status)
       SELECT r.id, r.number, $3, r.order_id, r.hand_out_id, r.place_id, r.place_org, 1000, 'demo:' || r.id, 'demo', r.at, 'REDEEMED'
         FROM unnest($1::uuid[], $2::bigint[], $4::uuid[], $5::uuid[], $6::uuid[], $7::uuid[], $8::timestamptz[]) AS r(id, number, order_id, hand_out_id, place_id, place_org, at)`,
      [column((r) => r.id), column((r) => r.passNumber), programmeId, column((r) => r.handOut.booklet.orderId), column((r) => r.handOut.id), column((r) => r.place.id), column((r) => r.place.organisationId), column((r) => r.at)],
    );
  }

  async countRedeemed(manager: EntityManager, perBooklet: ReadonlyMap<string, number>): Promise<void> {
    await manager.query(`UPDATE booklet b SET redeemed_count = b.redeemed_count + c.n FROM unnest($1::uuid[], $2::int[]) AS c(id, n) WHERE b.id = c.id`, [
      [...perBooklet.keys()],
      [...perBooklet.values()],
    ]);
  }
}
