// What the platform's end-to-end tests and tools may use of this service.
export { partnersSubgraph, startPartnersService } from './server';
export { loadPartnersConfig, credentialPepperOf, type PartnersConfig } from './config';
// The gateway turns partner secrets into identities with services.credentials.verifyCredential.
export type { CredentialService, VerifiedCredential } from './credentials/credential.service';
export type { PartnersServices } from './context';
