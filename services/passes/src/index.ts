// What the platform's end-to-end tests and tools may use of this service.
export { passesSubgraph, startPassesService } from './server';
export { loadPassesConfig, passCodeKey, PASSES_DEFAULT_PORT, type PassesConfig } from './config';
// For the benchmarks: the bulk issue path exactly as the service runs it.
export { issueBookletsAndPasses, PASS_SERIAL_ALIGNMENT, reserveSerials } from './orders/pass-generation';
export { formatPassNumber, numberOfSerial, verificationCode } from './orders/pass-numbers';
