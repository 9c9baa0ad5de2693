// Who is signed in: a role and, except for the public, a development token. Kept in
// sessionStorage so a reload keeps the session but closing the tab ends it.
export type Role = 'programme_manager' | 'finance_officer' | 'funder_auditor' | 'distributor' | 'place' | 'public';

export const ROLE_LABELS: Record<Role, string> = {
  programme_manager: 'Chef de programme',
  finance_officer: 'Responsable financier',
  funder_auditor: 'Auditeur cofinanceur',
  distributor: 'Distributeur (prescripteur)',
  place: 'Lieu de médiation',
  public: 'Public (données ouvertes)',
};

export const ROLE_DESCRIPTIONS: Record<Role, string> = {
  programme_manager: 'Tableau de bord, commandes et activation, alertes et réallocations, lieux et leur qualification.',
  finance_officer: 'Tableau de bord du programme et suivi budgétaire.',
  funder_auditor: 'Lecture seule des chiffres du programme.',
  distributor: 'Ses carnets, la remise d’un pass, ses chiffres.',
  place: 'Vérifier et encaisser un pass, ses relevés mensuels, la description publique du lieu.',
  public: 'Lieux et chiffres agrégés par territoire, sans donnée personnelle.',
};

export const STAFF_ROLES: Role[] = ['programme_manager', 'finance_officer', 'funder_auditor'];

export interface Session {
  role: Role;
  token?: string;
  organisationId?: string;
  /** The programmes the role is held in (programme staff); the pages offer these only. */
  programmeIds?: string[];
}

const KEY = 'pass-numerique-console-session';

export function loadSession(): Session | undefined {
  const raw = sessionStorage.getItem(KEY);
  if (!raw) return undefined;
  try {
    return JSON.parse(raw) as Session;
  } catch {
    return undefined;
  }
}

export function saveSession(session: Session | undefined) {
  if (session) sessionStorage.setItem(KEY, JSON.stringify(session));
  else sessionStorage.removeItem(KEY);
}

/**
 * The claims of a token, read without verifying it: the gateway verifies; the page only needs to
 * know whom it speaks for and in which programmes its role is held (`roles`: `role:programme`).
 */
export function sessionFromToken(role: Role, token: string): Session {
  const [, payload] = token.split('.');
  const claims = JSON.parse(atob(payload.replace(/-/g, '+').replace(/_/g, '/'))) as { org?: string; roles?: string[] };
  const programmeIds = (claims.roles ?? []).map((grant) => grant.split(':')).filter(([held, programme]) => held === role && programme).map(([, programme]) => programme);
  return { role, token, organisationId: claims.org, programmeIds };
}

export async function signIn(role: Role, organisationId?: string): Promise<Session> {
  if (role === 'public') return { role };
  const query = new URLSearchParams({ role });
  if (organisationId) query.set('org', organisationId);
  const response = await fetch(`/dev/token?${query}`);
  if (!response.ok) throw new Error(response.status === 404 ? 'La connexion de développement n’est pas disponible sur ce serveur.' : 'Le jeton n’a pas pu être obtenu.');
  const { token } = (await response.json()) as { token: string };
  return sessionFromToken(role, token);
}
