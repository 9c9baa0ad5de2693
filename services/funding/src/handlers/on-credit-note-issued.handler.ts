// passes.credit-note.issued.v1 → a reduction of the order's commitment; what was already paid for those passes comes back as a receipt (titre de recettes), never as a negative payment.
// The effect is written through the consumer's transaction, which also records the event as processed.
import { CreditNoteIssuedV1 } from '@pass-numerique/event-contracts';
import { on } from '@pass-numerique/messaging';
import type { FundingServices } from '../context';

export const onCreditNoteIssued = (services: FundingServices) =>
  on(CreditNoteIssuedV1, async (payload, { manager, envelope }) => {
    await services.passesLedger.creditNoteIssued(manager, payload, envelope);
  });
