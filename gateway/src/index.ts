export { startGateway, type RunningGateway } from './gateway';
export { loadGatewayConfig, type GatewayConfig } from './config';
export { composeSupergraph, SUBGRAPHS } from './supergraph/compose';
