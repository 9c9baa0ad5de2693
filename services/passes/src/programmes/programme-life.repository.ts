// Queries only: the programme's life as funding announces it (amendments, closing), applied to
// the programme's row and to the validity of the passes in beneficiaries' hands. Every method
// writes through the consumer's transaction it is given.
import type { EntityManager } from 'typeorm';
import { ProgrammeEntity } from './programme.entity';

export interface AmendmentFacts {
  programmeId: string;
  deliberationId: string;
  decidedOn: string;
  startsOn: string;
  endsOn: string;
  passesValidUntil: string | null;
}

export interface OpeningFacts {
  programmeId: string;
  code: string;
  name: string;
  ownerOrganisationId: string | null;
  perimeter: { level: string; code: string };
  startsOn: string;
  endsOn: string;
}

export class ProgrammeLifeRepository {
  /**
   * The programme's facts passes needs, as opened; an upsert, so a re-announcement leaves one row
   * with the latest facts (the amendments and closing are applied over them afterwards).
   */
  async recordOpening(manager: EntityManager, opening: OpeningFacts, learntAt: string): Promise<void> {
    await manager.query(
      `INSERT INTO programme (id, code, name, owner_organisation_id, perimeter_level, perimeter_code, starts_on, ends_on, learnt_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
     ON CONFLICT (id) DO UPDATE SET code = EXCLUDED.code, name = EXCLUDED.name, owner_organisation_id = EXCLUDED.owner_organisation_id,
       perimeter_level = EXCLUDED.perimeter_level, perimeter_code = EXCLUDED.perimeter_code,
       starts_on = EXCLUDED.starts_on, ends_on = EXCLUDED.ends_on`,
      [opening.programmeId, opening.code, opening.name, opening.ownerOrganisationId, opening.perimeter.level, opening.perimeter.code, opening.startsOn, opening.endsOn, learntAt],
    );
  }

  /** The programme's row as it now stands; null for one passes has not learnt of. */
  programme(manager: EntityManager, programmeId: string): Promise<ProgrammeEntity | null> {
    return manager.getRepository(ProgrammeEntity).findOneBy({ id: programmeId });
  }

  /**
   * Keeps the latest amendment of a programme (by decision day, then by the order funding
   * announced them): amendments travel on their own consumer and may come late or twice.
   */
  async recordAmendment(manager: EntityManager, amendment: AmendmentFacts, announcedAt: string): Promise<void> {
    await manager.query(
      `INSERT INTO programme_amendment (programme_id, deliberation_id, decided_on, announced_at, starts_on, ends_on, passes_valid_until)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (programme_id) DO UPDATE SET deliberation_id = EXCLUDED.deliberation_id, decided_on = EXCLUDED.decided_on, announced_at = EXCLUDED.announced_at,
         starts_on = EXCLUDED.starts_on, ends_on = EXCLUDED.ends_on, passes_valid_until = EXCLUDED.passes_valid_until
       WHERE (programme_amendment.decided_on, programme_amendment.announced_at) < (EXCLUDED.decided_on, EXCLUDED.announced_at)`,
      [amendment.programmeId, amendment.deliberationId, amendment.decidedOn, announcedAt, amendment.startsOn, amendment.endsOn, amendment.passesValidUntil],
    );
  }

  async recordClosing(manager: EntityManager, programmeId: string, closedOn: string): Promise<void> {
    await manager.query(`INSERT INTO programme_closing (programme_id, closed_on) VALUES ($1, $2) ON CONFLICT (programme_id) DO NOTHING`, [programmeId, closedOn]);
  }

  /** The figures in force on the programme's row (a programme passes has not learnt of yet gets them with its opening). */
  async applyToProgramme(manager: EntityManager, programmeId: string): Promise<void> {
    await manager.query(
      `UPDATE programme p SET starts_on = a.starts_on, ends_on = a.ends_on, passes_valid_until = a.passes_valid_until
         FROM programme_amendment a WHERE a.programme_id = p.id AND p.id = $1`,
      [programmeId],
    );
    await manager.query(`UPDATE programme p SET closed_on = c.closed_on FROM programme_closing c WHERE c.programme_id = p.id AND p.id = $1`, [programmeId]);
  }

  /**
   * Passes in beneficiaries' hands get the validity they would have under the programme's last
   * valid day now in force — hand-out + 1 year + 1 month, capped by that day and their order's
   * window — when it is later than theirs; never shorter. Their hand-outs follow. Returns how many
   * hand-outs were extended.
   */
  async extendValidity(manager: EntityManager, programmeId: string, lastValidDay: string): Promise<number> {
    const [, extended]: [unknown, number] = await manager.query(
      `WITH due AS (
         SELECT h.id, b.first_pass_serial, b.size,
                least(((h.handed_out_at AT TIME ZONE 'UTC')::date + interval '1 year 1 month')::date, $2::date, COALESCE(o.valid_until, $2::date)) AS valid_until
           FROM hand_out h JOIN pass_order o ON o.id = h.order_id JOIN booklet b ON b.id = h.booklet_id
          WHERE h.programme_id = $1 AND h.valid_until < $2::date),
       passes AS (
         UPDATE pass p SET valid_until = due.valid_until FROM due
          WHERE p.number BETWEEN due.first_pass_serial * 10 AND (due.first_pass_serial + due.size) * 10 - 1
            AND p.hand_out_id = due.id AND p.status = 'HANDED_OUT' AND p.valid_until < due.valid_until
          RETURNING p.hand_out_id)
       UPDATE hand_out h SET valid_until = due.valid_until FROM due
        WHERE h.id = due.id AND h.valid_until < due.valid_until AND h.id IN (SELECT hand_out_id FROM passes)`,
      [programmeId, lastValidDay],
    );
    return extended;
  }
}
