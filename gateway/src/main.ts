// Composition root: configuration from the environment, then the gateway.
import { runProcess } from '@pass-numerique/service-kit';
import { loadGatewayConfig } from './config';
import { startGateway } from './gateway';

void runProcess('gateway', async () => startGateway(loadGatewayConfig(process.env)));
