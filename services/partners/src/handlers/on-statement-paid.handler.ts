// passes.statement.paid.v1 → a webhook call to the place's organisation: its statement was paid.
import { StatementPaidV1 } from '@pass-numerique/event-contracts';
import { on } from '@pass-numerique/messaging';
import type { PartnersServices } from '../context';
import { statementAnnouncement } from '../webhooks/webhook-events';

export const onStatementPaid = (services: PartnersServices) =>
  on(StatementPaidV1, async (payload, { manager, envelope }) => {
    await services.webhooks.announce(manager, statementAnnouncement('statement.paid', payload, envelope));
  });
