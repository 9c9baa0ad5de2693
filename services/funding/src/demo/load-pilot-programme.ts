// Loads the 2019 pilot as a programme of its own: opened by deliberation 2019.00610 of 28 March
// 2019 with the Sambre-Avesnois-Thiérache pact zone as its perimeter, then deliberation
// 2019.01475 of 27 June 2019 recorded as an amendment that changes no figure (its content is not
// known), and its funding plan. What the sources do not give is stated in each record's
// assumption. Idempotent: each step is taken only when its record is missing.
import { PILOT_DEMO } from '@pass-numerique/demo-programme';
import type { FundingServices } from '../context';
import { deliberationCommand, demoReach, openDemoProgramme, setDemoPlan } from './demo-records';

export async function loadPilotProgramme(services: FundingServices): Promise<'loaded' | 'already-there'> {
  const { programme, deliberation, amendment, authorisation, coFunders, ownerOrganisationId } = PILOT_DEMO;
  let loaded = (await openDemoProgramme(services, { programme, deliberation, authorisation }, ownerOrganisationId)) === 'loaded';
  if ((await services.programmeRepository.deliberationsByIds([amendment.id])).length === 0) {
    await services.programmes.amendProgramme({ ids: { deliberation: amendment.id }, programmeId: programme.id, deliberation: deliberationCommand(amendment) }, demoReach());
    loaded = true;
  }
  loaded = (await setDemoPlan(services, programme.id, coFunders)) === 'loaded' || loaded;
  // Passes' demo history of the pilot's order may have reached us before the programme existed.
  await services.passesLedger.settlePendingFacts(programme.id);
  return loaded ? 'loaded' : 'already-there';
}
