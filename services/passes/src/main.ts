// Composition root: configuration from the environment, then the service.
import 'reflect-metadata';
import { runProcess } from '@pass-numerique/service-kit';
import { loadPassesConfig } from './config';
import { startPassesService } from './server';

void runProcess('passes', async () => startPassesService(loadPassesConfig(process.env)));
