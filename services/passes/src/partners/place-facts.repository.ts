// Queries only: how partners' place events become the place facts passes keeps. Partners' event types travel
// on separate consumers, so they may arrive out of order: each carries the instant of the change
// (`at`) and an older change never overwrites a newer one — the place's description by the
// instant of its last description, each programme's status by the instant of that programme's
// last decision. Revocation is final, for the programme that revoked.
import type { EntityManager } from 'typeorm';
import type { PlaceStatus } from './place.entity';

export interface PlaceFacts {
  placeId: string;
  organisationId: string;
  name: string;
  inseeCode: string;
  cashesThroughRegie: boolean;
  at: string;
}

export class PlaceFactsRepository {
  /** Records a place's description (name, commune, organisation, régie) unless a newer one is known. */
  async recordPlace(manager: EntityManager, facts: PlaceFacts): Promise<void> {
    await manager.query(
      `INSERT INTO place (id, organisation_id, name, insee_code, cashes_through_regie, changed_at)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (id) DO UPDATE SET organisation_id = EXCLUDED.organisation_id, name = EXCLUDED.name, insee_code = EXCLUDED.insee_code,
         cashes_through_regie = EXCLUDED.cashes_through_regie, changed_at = EXCLUDED.changed_at
       WHERE place.changed_at <= EXCLUDED.changed_at`,
      [facts.placeId, facts.organisationId, facts.name, facts.inseeCode, facts.cashesThroughRegie, facts.at],
    );
  }

  /** Records one programme's decision on a place, with the place's description it carries. */
  async recordQualification(manager: EntityManager, facts: PlaceFacts & { programmeId: string }, status: PlaceStatus): Promise<void> {
    await this.recordPlace(manager, facts);
    await manager.query(
      `INSERT INTO place_qualification (place_id, programme_id, status, changed_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (place_id, programme_id) DO UPDATE SET status = EXCLUDED.status, changed_at = EXCLUDED.changed_at
       WHERE place_qualification.changed_at <= EXCLUDED.changed_at AND place_qualification.status <> 'REVOKED'`,
      [facts.placeId, facts.programmeId, status, facts.at],
    );
  }
}
