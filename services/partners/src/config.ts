// The only file of this service that reads the environment (through main.ts).
import { createHmac } from 'node:crypto';
import { z } from 'zod';
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
  /**
   * Key under which webhook signing secrets are encrypted at rest (WEBHOOK_SECRET_KEY, at least
   * 32 characters). Optional: without it, one is derived from INTERNAL_IDENTITY_SECRET. Changing
   * it makes every stored webhook secret unreadable: rotate them all afterwards.
   */
  webhookSecretKey?: string;
  /**
   * Whether webhooks may point at http://127.0.0.1, http://localhost or http://[::1] and be
   * delivered to private addresses (WEBHOOK_ALLOW_LOCAL_HTTP). Defaults to true unless
   * NODE_ENV=production; a configuration built in code without it (tests) counts as not production.
   */
  webhookAllowLocalHttp?: boolean;
}

export const PARTNERS_DEFAULT_PORT = 4003;

export function loadPartnersConfig(env: Env): PartnersConfig {
  const { own, ...config } = loadServiceConfig('partners', PARTNERS_DEFAULT_PORT, env, {
    ...demoDataFlag,
    CREDENTIAL_PEPPER: envSecret.optional(),
    WEBHOOK_SECRET_KEY: envSecret.optional(),
    WEBHOOK_ALLOW_LOCAL_HTTP: z.enum(['true', 'false']).optional(),
  });
  return {
    ...config,
    loadDemoData: own.LOAD_DEMO_DATA === 'true',
    credentialPepper: own.CREDENTIAL_PEPPER,
    webhookSecretKey: own.WEBHOOK_SECRET_KEY,
    // Local receivers are for development and tests; a production image (NODE_ENV=production) refuses them unless told otherwise.
    webhookAllowLocalHttp: own.WEBHOOK_ALLOW_LOCAL_HTTP ? own.WEBHOOK_ALLOW_LOCAL_HTTP === 'true' : env.NODE_ENV !== 'production',
  };
}

/** The pepper in use: the configured one, or a key derived from the identity secret (never stored in the database either). */
export function credentialPepperOf(config: Pick<PartnersConfig, 'credentialPepper' | 'internalIdentitySecret'>): string {
  return config.credentialPepper ?? createHmac('sha256', config.internalIdentitySecret).update('partners/credential-pepper/v1').digest('base64url');
}

/** The 32-byte key that encrypts webhook secrets at rest: from WEBHOOK_SECRET_KEY, or derived from the identity secret. */
export function webhookSecretKeyOf(config: Pick<PartnersConfig, 'webhookSecretKey' | 'internalIdentitySecret'>): Buffer {
  return createHmac('sha256', config.webhookSecretKey ?? config.internalIdentitySecret).update('partners/webhook-secret-key/v1').digest();
}
