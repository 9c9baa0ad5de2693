// partners.sandbox.opened.v1 → the organisation's sandbox programme, its distributor and places, and its first test passes.
import { SandboxOpenedV1 } from '@pass-numerique/event-contracts';
import { on } from '@pass-numerique/messaging';
import type { PassesServices } from '../context';

export const onSandboxOpened = (services: PassesServices) =>
  on(SandboxOpenedV1, async (payload, { manager, envelope }) => {
    await services.sandboxes.opened(manager, payload, envelope.occurredAt);
  });
