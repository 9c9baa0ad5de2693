// The only file of this service that reads the environment (through main.ts).
import { demoDataFlag, loadServiceConfig, type Env, type ServiceConfig } from '@pass-numerique/service-kit';

export interface TerritoryConfig extends ServiceConfig {
  /** Load the demo programme's zones at start (idempotent). The map of France is always imported. */
  loadDemoData: boolean;
}

export const TERRITORY_DEFAULT_PORT = 4004;

export function loadTerritoryConfig(env: Env): TerritoryConfig {
  const { own, ...config } = loadServiceConfig('territory', TERRITORY_DEFAULT_PORT, env, demoDataFlag);
  return { ...config, loadDemoData: own.LOAD_DEMO_DATA === 'true' };
}
