// The only file of this service that reads the environment (through main.ts).
import { createHmac } from 'node:crypto';
import { z } from 'zod';
import { demoDataFlag, envSecret, loadServiceConfig, type Env, type ServiceConfig } from '@pass-numerique/service-kit';

export interface PassesConfig extends ServiceConfig {
  /** Load passes' part of the demo programme at start (idempotent). */
  loadDemoData: boolean;
  /**
   * Server key of the HMAC that stores pass verification codes (never stored in clear).
   * When absent it is derived from INTERNAL_IDENTITY_SECRET under a passes-only label, so a
   * minimal installation still never keeps a code in clear; production sets its own.
   */
  passCodeSecret?: string;
}

export const PASSES_DEFAULT_PORT = 4002;

const passesShape = { ...demoDataFlag, PASSES_CODE_SECRET: envSecret.optional() };

export function loadPassesConfig(env: Env): PassesConfig {
  const { own, ...config } = loadServiceConfig('passes', PASSES_DEFAULT_PORT, env, passesShape);
  return { ...config, loadDemoData: own.LOAD_DEMO_DATA === 'true', passCodeSecret: own.PASSES_CODE_SECRET };
}

/** The key that hashes verification codes: the configured one, or one derived from the identity secret. */
export function passCodeKey(config: Pick<PassesConfig, 'passCodeSecret' | 'internalIdentitySecret'>): Buffer {
  if (config.passCodeSecret) return Buffer.from(config.passCodeSecret, 'utf8');
  return createHmac('sha256', config.internalIdentitySecret).update('pass-numerique/passes/verification-code-key/v1').digest();
}

export type PassesEnvShape = z.infer<z.ZodObject<typeof passesShape>>;
