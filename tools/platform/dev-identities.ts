// Whom each development role speaks for in the demo: used by `npm run token` and by the
// console's development sign-in (start.mjs hands it to the console server). Two authorities run
// programmes in the demo: the Région (its 2020 programme and the 2019 pilot) and the Département
// de la Somme; their partners are shared.
import { DEMO_IDS, DEMO_PARTNER_IDS, DEMO_PLACES, DEMO_REGION, DEPARTEMENT_DEMO, PASSES_DEMO_IDS } from '@pass-numerique/demo-programme';

export const DEV_ROLES = ['programme_manager', 'finance_officer', 'funder_auditor', 'distributor', 'place', 'platform_operator'] as const;
export type DevRole = (typeof DEV_ROLES)[number];
export const DEV_AUTHORITIES = ['region', 'somme'] as const;
export type DevAuthority = (typeof DEV_AUTHORITIES)[number];

export interface DevIdentity {
  organisationId?: string;
  /** The programmes the role is held in (programme roles); empty for organisation roles and the operator. */
  programmeIds: string[];
}

const REGION_PROGRAMMES = [DEMO_IDS.programme, PASSES_DEMO_IDS.pilotProgramme];
const SOMME_PROGRAMMES = [DEPARTEMENT_DEMO.programme.id];

export const DEV_IDENTITIES: Record<DevAuthority, Record<DevRole, DevIdentity>> = {
  region: {
    programme_manager: { organisationId: DEMO_REGION.organisationId, programmeIds: REGION_PROGRAMMES },
    finance_officer: { organisationId: DEMO_REGION.organisationId, programmeIds: REGION_PROGRAMMES },
    funder_auditor: { organisationId: DEMO_PARTNER_IDS.state, programmeIds: [DEMO_IDS.programme] },
    distributor: { organisationId: DEMO_PARTNER_IDS.distributors[0], programmeIds: [] },
    place: { organisationId: DEMO_PLACES[0].organisationId, programmeIds: [] },
    platform_operator: { programmeIds: [] },
  },
  somme: {
    programme_manager: { organisationId: DEPARTEMENT_DEMO.ownerOrganisationId, programmeIds: SOMME_PROGRAMMES },
    finance_officer: { organisationId: DEPARTEMENT_DEMO.ownerOrganisationId, programmeIds: SOMME_PROGRAMMES },
    funder_auditor: { organisationId: DEPARTEMENT_DEMO.ownerOrganisationId, programmeIds: SOMME_PROGRAMMES },
    // The Mission locale d'Amiens hands out the passes of both authorities.
    distributor: { organisationId: DEPARTEMENT_DEMO.sharedDistributorId, programmeIds: [] },
    place: { organisationId: DEMO_PLACES.find((p) => p.id === DEPARTEMENT_DEMO.sharedPlaceIds[0])!.organisationId, programmeIds: [] },
    platform_operator: { programmeIds: [] },
  },
};

/** The `roles` claim of a development token: the role in each of its programmes, or the role alone. */
export function rolesClaim(role: DevRole, programmeIds: readonly string[]): string[] {
  return programmeIds.length > 0 ? programmeIds.map((id) => `${role}:${id}`) : [role];
}
