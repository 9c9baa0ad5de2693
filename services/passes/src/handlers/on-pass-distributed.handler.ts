// passes.pass.distributed.v1 (our own event) → one more person helped, in the people-helped read
// model. Kept by a consumer rather than in the hand-out's transaction so that the hand-out path
// stays as it is; the effect is written through the consumer's transaction, once per event.
import { PassDistributedV1 } from '@pass-numerique/event-contracts';
import { on } from '@pass-numerique/messaging';
import type { PassesServices } from '../context';

export const onPassDistributed = (services: PassesServices) =>
  on(PassDistributedV1, async (payload, { manager }) => {
    await services.peopleHelped.count(manager, { handOutId: payload.handOutId, faceValueTotalCents: payload.faceValueTotalCents });
  });
