// Who is calling. Until people's tokens and partner credentials are wired in (the access
// issue), every caller is the anonymous public: they can read what is public, and every
// subgraph refuses them anything else.
import type { IncomingMessage } from 'node:http';
import { ANONYMOUS, type Identity } from '@pass-numerique/service-kit';

export async function authenticate(_req: IncomingMessage): Promise<Identity> {
  return ANONYMOUS;
}
