// partners.agreement.signed.v1 → for a DISTRIBUTOR, who may receive booklets of a programme and
// where (its scope; null = the programme's perimeter). Other roles do not concern passes.
import { AgreementSignedV1 } from '@pass-numerique/event-contracts';
import { on } from '@pass-numerique/messaging';

export const onAgreementSigned = on(AgreementSignedV1, async (payload, { manager }) => {
  if (payload.role !== 'DISTRIBUTOR') return;
  await manager.query(
    `INSERT INTO distributor_agreement (agreement_id, programme_id, organisation_id, scope_level, scope_code, starts_on, ends_on)
     VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (agreement_id) DO NOTHING`,
    [payload.agreementId, payload.programmeId, payload.organisationId, payload.scope?.level ?? null, payload.scope?.code ?? null, payload.startsOn, payload.endsOn],
  );
});
