// Offline composition: every service's SDL file in (each with the kit's shared types), one supergraph out. The gateway serves the
// committed result, so a subgraph can never change the API by itself at run time.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { composeServices } from '@apollo/composition';
import { buildSchema, findBreakingChanges, lexicographicSortSchema, parse, printSchema } from 'graphql';
import { PLATFORM_SERVICES, type PlatformService } from '@pass-numerique/platform-manifest';
import { subgraphTypeDefs } from '@pass-numerique/service-kit';

/** Every service of the platform is a subgraph. */
export const SUBGRAPHS = PLATFORM_SERVICES;
export type SubgraphName = string;

/** Where a subgraph answers on this machine by default (its manifest port). */
export function localSubgraphUrl(subgraph: Pick<PlatformService, 'port'>): string {
  return `http://127.0.0.1:${subgraph.port}/graphql`;
}

export const SUPERGRAPH_FILE = path.join('gateway', 'supergraph.graphql');
/** The API as clients see it (no federation machinery, nothing @inaccessible): the reference partners' software is written against. */
export const API_REFERENCE_FILE = path.join('docs', 'api', 'schema.graphql');

export function subgraphSdlFile(workspaceRoot: string, name: string): string {
  return path.join(workspaceRoot, 'services', name, 'src', 'schema.graphql');
}

export type CompositionOutcome = { ok: true; supergraphSdl: string; apiSdl: string } | { ok: false; errors: string[] };

export function composeSupergraph(workspaceRoot: string): CompositionOutcome {
  const services = SUBGRAPHS.map((subgraph) => ({
    name: subgraph.name,
    // Default local URLs; the gateway replaces them from its configuration.
    url: localSubgraphUrl(subgraph),
    typeDefs: parse(subgraphTypeDefs(readFileSync(subgraphSdlFile(workspaceRoot, subgraph.name), 'utf8'))),
  }));
  const result = composeServices(services);
  if (result.errors) return { ok: false, errors: result.errors.map((e) => e.message) };
  const api = lexicographicSortSchema(result.schema.toAPISchema().toGraphQLJSSchema());
  return { ok: true, supergraphSdl: `${result.supergraphSdl.trim()}\n`, apiSdl: `${printSchema(api).trim()}\n` };
}

/** What a new API schema breaks for clients written against an older one (graphql-js's rules: a removed field, a narrowed type, a new required argument …). */
export function breakingChanges(publishedSdl: string, nextSdl: string): string[] {
  return findBreakingChanges(buildSchema(publishedSdl), buildSchema(nextSdl)).map((change) => `${change.type}: ${change.description}`);
}
