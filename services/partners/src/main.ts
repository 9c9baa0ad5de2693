// Composition root: configuration from the environment, then the service.
import 'reflect-metadata';
import { runProcess } from '@pass-numerique/service-kit';
import { loadPartnersConfig } from './config';
import { startPartnersService } from './server';

void runProcess('partners', async () => startPartnersService(loadPartnersConfig(process.env)));
