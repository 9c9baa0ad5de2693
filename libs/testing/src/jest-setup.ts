// Loaded before every test file.
import 'reflect-metadata';
// @apollo/gateway phones home unless told not to (ARCHITECTURE.md, trap 1).
process.env.APOLLO_TELEMETRY_DISABLED = 'true';
jest.setTimeout(60_000);
