// partners.agreement.signed.v1 → for a DISTRIBUTOR, who may receive booklets of a programme and
// where (its scope; null = the programme's perimeter). Other roles do not concern passes.
import { AgreementSignedV1 } from '@pass-numerique/event-contracts';
import { on } from '@pass-numerique/messaging';
import { DistributorAgreementRepository } from '../partners/distributor-agreement.repository';

const agreements = new DistributorAgreementRepository();

export const onAgreementSigned = on(AgreementSignedV1, async (payload, { manager }) => {
  if (payload.role !== 'DISTRIBUTOR') return;
  await agreements.record(manager, payload);
});
