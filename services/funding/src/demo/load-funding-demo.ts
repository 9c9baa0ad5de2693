// Loads funding's demo facts beyond the founding decision: the funding plan (the State's convention
// as a fixed grant, FEDER's exact share with its cap, the Région's remainder), what the State paid
// under its convention, and the support-engineering commitment with its payments (pass-order
// commitments and payments come from the passes service's demo events). Idempotent: each record
// has a fixed id and is written only when missing, so a restart adds nothing.
import { FUNDING_DEMO, FUNDING_DEMO_IDS } from '@pass-numerique/demo-programme';
import type { FundingServices } from '../context';
import { demoReach, euros, recordDemoReceipts, setDemoPlan } from './demo-records';

export async function loadFundingDemo(services: FundingServices): Promise<'loaded' | 'already-there'> {
  const { programmeId, authorisationId, coFunders, engineering, stateReceipts } = FUNDING_DEMO;
  const reach = demoReach();
  let loaded = (await setDemoPlan(services, programmeId, coFunders)) === 'loaded';
  loaded = (await recordDemoReceipts(services, FUNDING_DEMO_IDS.stateCoFunder, stateReceipts)) || loaded;
  const { commitment, payments } = engineering;
  if ((await services.commitmentRepository.findByIds([commitment.id])).length === 0) {
    await services.commitments.recordCommitment(
      {
        id: commitment.id,
        authorisationId,
        kind: commitment.kind,
        reference: commitment.reference,
        description: commitment.description,
        committedOn: commitment.committedOn,
        budgetYear: commitment.budgetYear,
        amount: euros(commitment.amountCents),
      },
      reach,
    );
    loaded = true;
  }
  for (const payment of payments) {
    if (await services.commitmentRepository.findPaymentById(payment.id)) continue;
    await services.commitments.recordPayment({ ...payment, commitmentId: commitment.id, amount: euros(payment.amountCents) }, reach);
    loaded = true;
  }
  // Passes' demo history may have reached us before the programme existed: apply what waited.
  await services.passesLedger.settlePendingFacts(programmeId);
  return loaded ? 'loaded' : 'already-there';
}
