// passes.statement.paid.v2 → under the direct model, the payment of the gross spread over the pass orders and a receipt per recovery it took back; under prepaid operator, nothing (the operator pays places).
// v1 (the net only) is not consumed here: a consumer takes one of the two versions, never both, and only v2 names the recoveries.
// The effect is written through the consumer's transaction, which also records the event as processed.
import { StatementPaidV2 } from '@pass-numerique/event-contracts';
import { on } from '@pass-numerique/messaging';
import type { FundingServices } from '../context';

export const onStatementPaid = (services: FundingServices) =>
  on(StatementPaidV2, async (payload, { manager, envelope }) => {
    await services.passesLedger.statementPaid(manager, payload, envelope);
  });
