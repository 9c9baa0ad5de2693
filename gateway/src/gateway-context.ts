import type { Identity } from '@pass-numerique/service-kit';

/** Per request: who is calling, as established by the gateway. */
export interface GatewayContext {
  identity: Identity;
}
