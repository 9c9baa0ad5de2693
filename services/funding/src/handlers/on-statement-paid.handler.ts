// passes.statement.paid.v1 → under the direct model, a payment spread over the pass orders; under prepaid operator, nothing (the operator pays places).
// The effect is written through the consumer's transaction, which also records the event as processed.
import { StatementPaidV1 } from '@pass-numerique/event-contracts';
import { on } from '@pass-numerique/messaging';
import type { FundingServices } from '../context';

export const onStatementPaid = (services: FundingServices) =>
  on(StatementPaidV1, async (payload, { manager, envelope }) => {
    await services.passesLedger.statementPaid(manager, payload, envelope);
  });
