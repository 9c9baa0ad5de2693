export { listen, runServer, type RunningServer } from './lifecycle';
export { forwardToGateway, forwardedFor } from './gateway-proxy';
