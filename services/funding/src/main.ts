// Composition root: configuration from the environment, then the service.
import 'reflect-metadata';
import { runProcess } from '@pass-numerique/service-kit';
import { loadFundingConfig } from './config';
import { startFundingService } from './server';

void runProcess('funding', async () => startFundingService(loadFundingConfig(process.env)));
