// Queries only: passes as places check and redeem them, and redemptions as staff correct them.
// The redemption path's statements are written to answer in as few round trips as possible:
// each method below is one. Every method runs in the transaction (or on the manager) it is given.
import type { EntityManager } from 'typeorm';
import { RedemptionEntity } from './redemption.entity';
import { HandOutEntity } from '../hand-outs/hand-out.entity';
import { StatementEntity } from '../statements/statement.entity';
import type { PassStatus } from '../booklets/booklet.entity';
import type { PlaceEntity, PlaceStatus } from '../partners/place.entity';
import { listingCondition } from '../database/listing-condition';
import type { Listing } from '../tenancy';

/** The pass, its order's terms, and (when asked) the place. */
export interface PassFacts {
  number: string;
  status: PassStatus;
  booklet_id: string;
  distributor_organisation_id: string | null;
  hand_out_id: string | null;
  valid_until: string | null;
  order_id: string;
  programme_id: string;
  order_status: string;
  order_valid_from: string | null;
  perimeter_level: string;
  perimeter_code: string;
  face_value_cents: string;
  /** The place, with its qualification for the pass's programme (null when that programme never qualified it). */
  place: (Pick<PlaceEntity, 'id' | 'organisationId' | 'inseeCode'> & { status: PlaceStatus | null }) | null;
  /** For a zone perimeter: whether the place's commune is a member of the zone. */
  place_in_zone: boolean;
  /** A test pass of an organisation's sandbox: its redemption is announced to no one. */
  sandbox: boolean;
}

/** A redemption as row_to_json gives it back (bigints as text, instants as strings). */
export type RedemptionRow = Omit<RedemptionEntity, 'passNumber' | 'faceValueCents' | 'redeemedAt' | 'cancelledAt'> & {
  passNumber: string;
  faceValueCents: string;
  redeemedAt: string;
  cancelledAt: string | null;
};

/** What a won redemption needs next: the pass's booklet, and its hand-out's dimensions for the funnel. */
export interface WonRedemption {
  booklet_id: string;
  hand_out: HandOutEntity;
}

const REDEMPTION_ROW = `SELECT id, pass_number::text AS "passNumber", programme_id AS "programmeId", order_id AS "orderId", hand_out_id AS "handOutId",
  place_id AS "placeId", place_organisation_id AS "placeOrganisationId", face_value_cents::text AS "faceValueCents", idempotency_key AS "idempotencyKey",
  requested_by AS "requestedBy", redeemed_at AS "redeemedAt", status, cancelled_at AS "cancelledAt", cancelled_by AS "cancelledBy",
  cancellation_reason AS "cancellationReason", statement_id AS "statementId" FROM redemption`;

export class RedemptionRepository {
  /** In one query: the latest block of the throttle's keys, and the redemption an earlier request with the same key made at the place. */
  async preflight(manager: EntityManager, throttleKeys: readonly string[], placeId: string, idempotencyKey: string): Promise<{ blocked_until: Date | null; earlier: RedemptionRow | null }> {
    const [preflight] = await manager.query(
      `SELECT (SELECT max(blocked_until) FROM guess_throttle WHERE key = ANY($1::text[])) AS blocked_until,
                  (SELECT row_to_json(r) FROM (${REDEMPTION_ROW} WHERE place_id = $2 AND idempotency_key = $3) r) AS earlier`,
      [throttleKeys, placeId, idempotencyKey],
    );
    return preflight;
  }

  /** The redemption made at the place with this idempotency key; null when none was. */
  async byIdempotencyKey(manager: EntityManager, placeId: string, idempotencyKey: string): Promise<RedemptionRow | null> {
    const [row] = await manager.query(`SELECT row_to_json(r) AS earlier FROM (${REDEMPTION_ROW} WHERE place_id = $1 AND idempotency_key = $2) r`, [placeId, idempotencyKey]);
    return row?.earlier ?? null;
  }

  /** The pass, its order's terms, and (when asked) the place, in one query; undefined for a number that is not a pass. */
  async passFacts(manager: EntityManager, number: string, placeId: string | null): Promise<PassFacts | undefined> {
    const [pass]: PassFacts[] = await manager.query(
      `SELECT p.number::text, p.status, p.booklet_id, b.distributor_organisation_id, p.hand_out_id, to_char(p.valid_until, 'YYYY-MM-DD') AS valid_until,
              o.id AS order_id, o.programme_id, o.status AS order_status, to_char(o.valid_from, 'YYYY-MM-DD') AS order_valid_from,
              o.perimeter_level, o.perimeter_code, o.pass_face_value_cents::text AS face_value_cents,
              (SELECT row_to_json(pl) FROM (SELECT pl.id, pl.organisation_id AS "organisationId", pl.insee_code AS "inseeCode", q.status
                                              FROM place pl LEFT JOIN place_qualification q ON q.place_id = pl.id AND q.programme_id = o.programme_id
                                             WHERE pl.id = $2) pl) AS place,
              (o.perimeter_level = 'ZONE' AND EXISTS (
                 SELECT 1 FROM zone z JOIN place pl ON pl.id = $2
                  WHERE z.id::text = o.perimeter_code AND NOT z.deleted AND pl.insee_code = ANY (z.member_communes))) AS place_in_zone,
              (SELECT pr.sandbox FROM programme pr WHERE pr.id = o.programme_id) AS sandbox
         FROM pass p JOIN pass_order o ON o.id = p.order_id JOIN booklet b ON b.id = p.booklet_id
        WHERE p.number = $1`,
      [number, placeId],
    );
    return pass;
  }

  /**
   * Redeems the pass if it is still HANDED_OUT: the conditional update decides, and the redemption
   * row is written only if it won, in the same statement, which also reads the pass's hand-out.
   * Undefined when the pass was no longer HANDED_OUT.
   */
  async redeemIfHandedOut(manager: EntityManager, number: string, redemption: RedemptionEntity): Promise<WonRedemption | undefined> {
    const [won]: WonRedemption[] = await manager.query(
      `WITH won AS (
         UPDATE pass SET status = 'REDEEMED', redemption_id = $1 WHERE number = $2 AND status = 'HANDED_OUT' RETURNING booklet_id),
       written AS (
         INSERT INTO redemption (id, pass_number, programme_id, order_id, hand_out_id, place_id, place_organisation_id, face_value_cents, idempotency_key, requested_by, redeemed_at, status)
         SELECT $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, 'REDEEMED' FROM won RETURNING id)
       SELECT won.booklet_id, (SELECT row_to_json(h) FROM (SELECT distributor_organisation_id AS "distributorOrganisationId", residence_insee_code AS "residenceInseeCode",
                 residence_epci AS "residenceEpci", residence_departement AS "residenceDepartement", residence_region AS "residenceRegion",
                 situation, age_band AS "ageBand", zone_ids AS "zoneIds" FROM hand_out WHERE id = $5) h) AS hand_out
         FROM won, written`,
      [
        redemption.id,
        number,
        redemption.programmeId,
        redemption.orderId,
        redemption.handOutId,
        redemption.placeId,
        redemption.placeOrganisationId,
        redemption.faceValueCents,
        redemption.idempotencyKey,
        redemption.requestedBy,
        redemption.redeemedAt,
      ],
    );
    return won;
  }

  async passStatus(manager: EntityManager, number: string): Promise<PassStatus> {
    const [current] = await manager.query(`SELECT status FROM pass WHERE number = $1`, [number]);
    return current.status;
  }

  /** A place's redemptions the listing shows, newest first, after the (instant, id) of the last one of the previous page. */
  pageOfPlace(manager: EntityManager, placeId: string, shown: Listing, limit: number, after?: { redeemedAt: Date; id: string }): Promise<RedemptionEntity[]> {
    const qb = this.ofPlace(manager, placeId, shown);
    if (after) qb.andWhere('(r.redeemed_at, r.id) < (:afterAt, :afterId)', { afterAt: after.redeemedAt, afterId: after.id });
    return qb.orderBy('r.redeemed_at', 'DESC').addOrderBy('r.id', 'DESC').limit(limit).getMany();
  }

  countOfPlace(manager: EntityManager, placeId: string, shown: Listing): Promise<number> {
    return this.ofPlace(manager, placeId, shown).getCount();
  }

  private ofPlace(manager: EntityManager, placeId: string, shown: Listing) {
    const { sql, params } = listingCondition(shown, { programme: 'r.programme_id', organisation: 'r.place_organisation_id' });
    return manager.getRepository(RedemptionEntity).createQueryBuilder('r').where('r.place_id = :placeId', { placeId }).andWhere(sql, params);
  }

  findById(manager: EntityManager, id: string): Promise<RedemptionEntity | null> {
    return manager.getRepository(RedemptionEntity).findOneBy({ id });
  }

  /** Whether the programme is an organisation's sandbox (sandboxes/). */
  async inSandbox(manager: EntityManager, programmeId: string): Promise<boolean> {
    const [row] = await manager.query(`SELECT sandbox FROM programme WHERE id = $1`, [programmeId]);
    return row?.sandbox === true;
  }

  lockById(manager: EntityManager, id: string): Promise<RedemptionEntity> {
    return manager.getRepository(RedemptionEntity).findOneOrFail({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  async markCancelled(manager: EntityManager, id: string, cancellation: Pick<RedemptionEntity, 'cancelledAt' | 'cancelledBy' | 'cancellationReason'>): Promise<void> {
    await manager.update(RedemptionEntity, { id }, { status: 'CANCELLED', ...cancellation });
  }

  async markRecovered(manager: EntityManager, id: string): Promise<void> {
    await manager.update(RedemptionEntity, { id }, { status: 'RECOVERED' });
  }

  statementOf(manager: EntityManager, statementId: string): Promise<StatementEntity | null> {
    return manager.getRepository(StatementEntity).findOneBy({ id: statementId });
  }

  handOutOf(manager: EntityManager, handOutId: string): Promise<HandOutEntity> {
    return manager.getRepository(HandOutEntity).findOneByOrFail({ id: handOutId });
  }
}
