// funding.programme.opened.v1 → the programme's facts passes needs (code, perimeter, end date).
// Written through the consumer's transaction; an upsert, so a re-announcement with a new event
// id (a replay from funding) leaves one row with the latest facts. An amendment or a closing
// already learnt (their events may come first) stays in force over the opening's figures.
import { ProgrammeOpenedV1 } from '@pass-numerique/event-contracts';
import { on } from '@pass-numerique/messaging';
import { ProgrammeLifeRepository } from '../programmes/programme-life.repository';
import { applyProgrammeLife } from '../programmes/programme-life';

const life = new ProgrammeLifeRepository();

export const onProgrammeOpened = on(ProgrammeOpenedV1, async (payload, { manager, envelope }) => {
  await manager.query(
    `INSERT INTO programme (id, code, name, owner_organisation_id, perimeter_level, perimeter_code, starts_on, ends_on, learnt_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
     ON CONFLICT (id) DO UPDATE SET code = EXCLUDED.code, name = EXCLUDED.name, owner_organisation_id = EXCLUDED.owner_organisation_id,
       perimeter_level = EXCLUDED.perimeter_level, perimeter_code = EXCLUDED.perimeter_code,
       starts_on = EXCLUDED.starts_on, ends_on = EXCLUDED.ends_on`,
    [
      payload.programmeId,
      payload.code,
      payload.name,
      payload.ownerOrganisationId,
      payload.perimeter.level,
      payload.perimeter.code,
      payload.startsOn,
      payload.endsOn,
      envelope.occurredAt,
    ],
  );
  await applyProgrammeLife(manager, payload.programmeId, life);
});
