// The only file of this service that reads the environment (through main.ts).
import { createHmac } from 'node:crypto';
import { demoDataFlag, envSecret, loadServiceConfig, type Env, type ServiceConfig } from '@pass-numerique/service-kit';

export interface PartnersConfig extends ServiceConfig {
  /** Load the demo programme's organisations, agreements and places at start (idempotent). */
  loadDemoData: boolean;
  /**
   * Server-side key under which partner credential secrets are hashed (CREDENTIAL_PEPPER, at
   * least 32 characters). Optional: without it, one is derived from INTERNAL_IDENTITY_SECRET.
   * Changing it invalidates every credential issued before.
   */
  credentialPepper?: string;
}

export const PARTNERS_DEFAULT_PORT = 4003;

export function loadPartnersConfig(env: Env): PartnersConfig {
  const { own, ...config } = loadServiceConfig('partners', PARTNERS_DEFAULT_PORT, env, { ...demoDataFlag, CREDENTIAL_PEPPER: envSecret.optional() });
  return { ...config, loadDemoData: own.LOAD_DEMO_DATA === 'true', credentialPepper: own.CREDENTIAL_PEPPER };
}

/** The pepper in use: the configured one, or a key derived from the identity secret (never stored in the database either). */
export function credentialPepperOf(config: Pick<PartnersConfig, 'credentialPepper' | 'internalIdentitySecret'>): string {
  return config.credentialPepper ?? createHmac('sha256', config.internalIdentitySecret).update('partners/credential-pepper/v1').digest('base64url');
}
