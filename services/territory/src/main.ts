// Composition root: configuration from the environment, then the service.
import 'reflect-metadata';
import { runProcess } from '@pass-numerique/service-kit';
import { loadTerritoryConfig } from './config';
import { startTerritoryService } from './server';

void runProcess('territory', async () => startTerritoryService(loadTerritoryConfig(process.env)));
