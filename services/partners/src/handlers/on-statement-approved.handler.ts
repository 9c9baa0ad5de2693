// passes.statement.approved.v1 → a webhook call to the place's organisation (its statement will be
// paid), and the bank details the statement is to be paid on, as they stood when it was approved.
import { StatementApprovedV1 } from '@pass-numerique/event-contracts';
import { on } from '@pass-numerique/messaging';
import type { PartnersServices } from '../context';
import { statementAnnouncement } from '../webhooks/webhook-events';

export const onStatementApproved = (services: PartnersServices) =>
  on(StatementApprovedV1, async (payload, { manager, envelope }) => {
    await services.webhooks.announce(manager, statementAnnouncement('statement.approved', payload, envelope));
    await services.bankDetails.recordStatementPayee(manager, payload);
  });
