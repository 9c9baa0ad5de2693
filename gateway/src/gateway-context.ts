import { holdsRole, type Identity } from '@pass-numerique/service-kit';

/** Per request: who is calling, as established by the gateway. */
export interface GatewayContext {
  identity: Identity;
}

/** The anonymous public, and partner keys that act as it: no role of their own. */
export function isAnonymous(identity: Identity): boolean {
  return holdsRole(identity, 'public');
}
