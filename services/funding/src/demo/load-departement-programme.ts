// Loads funding's part of the demo's second authority: the Département de la Somme's programme,
// next to the Région's, with its deliberation, authorisation and schedule, and its funding plan.
// The deliberation is invented for the demo, and its assumption says so. Idempotent, like the
// Région's: a second start finds the programme and its plan and does nothing.
import { DEPARTEMENT_DEMO } from '@pass-numerique/demo-programme';
import type { FundingServices } from '../context';
import { openDemoProgramme, setDemoPlan } from './demo-records';

export async function loadDepartementProgramme(services: FundingServices): Promise<'loaded' | 'already-there'> {
  const { programme, deliberation, authorisation, coFunders, ownerOrganisationId, assumption } = DEPARTEMENT_DEMO;
  const opened = await openDemoProgramme(
    services,
    { programme, deliberation: { ...deliberation, assumption }, authorisation },
    ownerOrganisationId,
  );
  const planned = await setDemoPlan(services, programme.id, coFunders);
  // Passes' demo history of the Département's order may have reached us before the programme existed.
  await services.passesLedger.settlePendingFacts(programme.id);
  return opened === 'loaded' || planned === 'loaded' ? 'loaded' : 'already-there';
}
