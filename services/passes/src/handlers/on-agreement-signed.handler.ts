// partners.agreement.signed.v1 → for a DISTRIBUTOR, who may receive booklets of a programme and
// where (its scope; null = the programme's perimeter). Other roles do not concern passes.
import { AgreementSignedV1 } from '@pass-numerique/event-contracts';
import { on } from '@pass-numerique/messaging';
import type { PassesServices } from '../context';

export const onAgreementSigned = (services: PassesServices) =>
  on(AgreementSignedV1, async (payload, { manager }) => {
    await services.partnerFacts.agreementSigned(manager, payload);
  });
