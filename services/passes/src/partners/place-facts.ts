// How partners' place events become the place facts passes keeps. Partners' event types travel
// on separate consumers, so they may arrive out of order: each carries the instant of the change
// (`at`) and an older change never overwrites a newer one. Revocation is final.
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

/** Records a place's facts with a new status (or its current one when `status` is null, for a description change). */
export async function recordPlaceFacts(manager: EntityManager, facts: PlaceFacts, status: PlaceStatus | null): Promise<void> {
  if (status === null) {
    await manager.query(
      `UPDATE place SET organisation_id = $2, name = $3, insee_code = $4, cashes_through_regie = $5, changed_at = $6
        WHERE id = $1 AND changed_at <= $6`,
      [facts.placeId, facts.organisationId, facts.name, facts.inseeCode, facts.cashesThroughRegie, facts.at],
    );
    return;
  }
  await manager.query(
    `INSERT INTO place (id, organisation_id, name, insee_code, status, cashes_through_regie, changed_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7)
     ON CONFLICT (id) DO UPDATE SET organisation_id = EXCLUDED.organisation_id, name = EXCLUDED.name, insee_code = EXCLUDED.insee_code,
       status = EXCLUDED.status, cashes_through_regie = EXCLUDED.cashes_through_regie, changed_at = EXCLUDED.changed_at
     WHERE place.changed_at <= EXCLUDED.changed_at AND place.status <> 'REVOKED'`,
    [facts.placeId, facts.organisationId, facts.name, facts.inseeCode, status, facts.cashesThroughRegie, facts.at],
  );
}
