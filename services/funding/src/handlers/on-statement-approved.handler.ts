// passes.statement.approved.v1 → a place's statement waits for its payment: the programme cannot be closed while it does.
// The effect is written through the consumer's transaction, which also records the event as processed.
import { StatementApprovedV1 } from '@pass-numerique/event-contracts';
import { on } from '@pass-numerique/messaging';
import type { FundingServices } from '../context';

export const onStatementApproved = (services: FundingServices) =>
  on(StatementApprovedV1, async (payload, { manager }) => {
    await services.passesLedger.statementApproved(manager, payload);
  });
