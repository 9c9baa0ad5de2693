// The only file of this service that reads the environment (through main.ts).
import { demoDataFlag, loadServiceConfig, type Env, type ServiceConfig } from '@pass-numerique/service-kit';

export interface FundingConfig extends ServiceConfig {
  /** Load the founding decision of the demo programme at start (idempotent). */
  loadDemoData: boolean;
}

export const FUNDING_DEFAULT_PORT = 4001;

export function loadFundingConfig(env: Env): FundingConfig {
  const { own, ...config } = loadServiceConfig('funding', FUNDING_DEFAULT_PORT, env, demoDataFlag);
  return { ...config, loadDemoData: own.LOAD_DEMO_DATA === 'true' };
}
