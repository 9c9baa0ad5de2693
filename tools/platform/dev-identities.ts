// Whom each development role speaks for in the demo programme: used by `npm run token` and by
// the console's development sign-in (start.mjs hands it to the console server).
import { DEMO_IDS, DEMO_PARTNER_IDS, DEMO_PLACES, DEMO_REGION } from '@pass-numerique/demo-programme';

export const DEV_ROLES = ['programme_manager', 'finance_officer', 'funder_auditor', 'distributor', 'place'] as const;
export type DevRole = (typeof DEV_ROLES)[number];

export const DEV_IDENTITIES: Record<DevRole, { organisationId: string; programmeId: string }> = {
  programme_manager: { organisationId: DEMO_REGION.organisationId, programmeId: DEMO_IDS.programme },
  finance_officer: { organisationId: DEMO_REGION.organisationId, programmeId: DEMO_IDS.programme },
  funder_auditor: { organisationId: DEMO_PARTNER_IDS.state, programmeId: DEMO_IDS.programme },
  distributor: { organisationId: DEMO_PARTNER_IDS.distributors[0], programmeId: DEMO_IDS.programme },
  place: { organisationId: DEMO_PLACES[0].organisationId, programmeId: DEMO_IDS.programme },
};
