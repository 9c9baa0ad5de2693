export { startGateway, type RunningGateway } from './gateway';
export { DEFAULT_LIMITS, loadGatewayConfig, type GatewayConfig, type GatewayLimits } from './config';
export { composeSupergraph, SUBGRAPHS } from './supergraph/compose';
