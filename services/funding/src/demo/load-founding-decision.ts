// Loads funding's part of the demo programme: the decision of 4 February 2020, its
// authorisation and schedule. Idempotent: a second start finds the programme and does nothing.
import { DEMO_REGION, FOUNDING_DECISION } from '@pass-numerique/demo-programme';
import type { FundingServices } from '../context';
import { openDemoProgramme } from './demo-records';

export function loadFoundingDecision(services: FundingServices): Promise<'loaded' | 'already-there'> {
  return openDemoProgramme(services, FOUNDING_DECISION, DEMO_REGION.organisationId);
}
