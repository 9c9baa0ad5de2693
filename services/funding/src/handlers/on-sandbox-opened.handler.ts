// partners.sandbox.opened.v1 → the sandbox's programme, known by name only: no money is ever voted, committed or paid for it.
import { SandboxOpenedV1 } from '@pass-numerique/event-contracts';
import { on } from '@pass-numerique/messaging';
import type { FundingServices } from '../context';

export const onSandboxOpened = (services: FundingServices) =>
  on(SandboxOpenedV1, async (payload, { manager, envelope }) => {
    await services.programmes.sandboxOpened(manager, payload, new Date(envelope.occurredAt));
  });
