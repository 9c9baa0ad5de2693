// Loads passes' part of the demo programme (see libs/demo-programme). Filled in with the demo step.
import type { Logger } from '@pass-numerique/service-kit';
import type { PassesServices } from '../context';

export async function loadPassesDemo(services: PassesServices, logger: Logger): Promise<'loaded' | 'already-there' | 'waiting'> {
  void services;
  logger.info('passes demo data not available yet');
  return 'waiting';
}
