// The development provider's people: one account for every role of both demo authorities, made
// from the same list as `npm run token` and the console's development sign-in
// (tools/platform/dev-identities.ts), so that there is one list of who is who in the demo.
import { DEV_AUTHORITIES, DEV_IDENTITIES, DEV_ROLES, rolesClaim, type DevAuthority, type DevRole } from '../../platform/dev-identities';

export interface DemoAccount {
  /** What a person types in the login form: `<role>@<authority>`, e.g. programme_manager@region. */
  login: string;
  /** The token's `sub`, the same as `npm run token` gives this role. */
  subject: string;
  name: string;
  email: string;
  /** The platform's claims (ARCHITECTURE.md, "Tenancy"): the organisation acted for, and the grants. */
  org?: string;
  roles: string[];
}

const ROLE_NAMES: Record<DevRole, string> = {
  programme_manager: 'Cheffe de programme',
  finance_officer: 'Responsable financier',
  funder_auditor: 'Auditrice cofinanceur',
  distributor: 'Distributeur (prescripteur)',
  place: 'Lieu de médiation',
  platform_operator: 'Opératrice de la plateforme',
};
const AUTHORITY_NAMES: Record<DevAuthority, string> = { region: 'Région Hauts-de-France', somme: 'Département de la Somme' };

export const DEMO_ACCOUNTS: readonly DemoAccount[] = DEV_AUTHORITIES.flatMap((authority) =>
  DEV_ROLES.map((role) => {
    const identity = DEV_IDENTITIES[authority][role];
    return {
      login: `${role}@${authority}`,
      subject: `dev-${authority}-${role}`,
      name: `${ROLE_NAMES[role]} — ${AUTHORITY_NAMES[authority]}`,
      email: `${role.replace(/_/g, '-')}.${authority}@demo.pass-numerique.invalid`,
      org: identity.organisationId,
      roles: rolesClaim(role, identity.programmeIds),
    };
  }),
);

export function accountByLogin(login: string): DemoAccount | undefined {
  return DEMO_ACCOUNTS.find((account) => account.login === login.trim().toLowerCase());
}

export function accountBySubject(subject: string): DemoAccount | undefined {
  return DEMO_ACCOUNTS.find((account) => account.subject === subject);
}
