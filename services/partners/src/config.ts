// The only file of this service that reads the environment (through main.ts).
import { demoDataFlag, loadServiceConfig, type Env, type ServiceConfig } from '@pass-numerique/service-kit';

export interface PartnersConfig extends ServiceConfig {
  /** Load the demo programme's organisations, agreements and places at start (idempotent). */
  loadDemoData: boolean;
}

export const PARTNERS_DEFAULT_PORT = 4003;

export function loadPartnersConfig(env: Env): PartnersConfig {
  const { own, ...config } = loadServiceConfig('partners', PARTNERS_DEFAULT_PORT, env, demoDataFlag);
  return { ...config, loadDemoData: own.LOAD_DEMO_DATA === 'true' };
}
