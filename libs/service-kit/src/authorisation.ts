// Who may call what. Each subgraph declares an access policy for every root field and every
// entity it resolves; the kit enforces it before anything executes, `_entities` included, and
// refuses what the policy does not name (fail closed). Checks that depend on the object (place
// A's statement, distributor X's booklet) stay in the services, next to the data.
import { GraphQLError, Kind, parse, valueFromASTUntyped, type DocumentNode, type FieldNode, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import { DomainError } from '@pass-numerique/kernel';
import { ROLES, type CallerRole, type Identity, type Role } from './identity';

export function requireRole(identity: Identity, ...allowed: CallerRole[]): void {
  if (!allowed.includes(identity.role)) {
    // Says nothing about whether the target exists (no enumeration through refusals).
    throw new DomainError('FORBIDDEN', 'you are not allowed to do this');
  }
}

/** Who may use one root field or resolve one entity type. */
export type Audience = 'anyone' | readonly CallerRole[];

export interface AccessPolicy {
  /** Every root field of the subgraph, as "Query.name" or "Mutation.name". */
  operations: Record<string, Audience>;
  /** Every entity type the subgraph resolves by reference (`_entities`). */
  entities: Record<string, Audience>;
}

/** Programme staff: the people who run a programme. */
export const STAFF: readonly Role[] = ['programme_manager', 'finance_officer'];
/** Everyone signed in, people and partner software, but not the anonymous public. */
export const SIGNED_IN: readonly Role[] = ROLES.filter((r) => r !== 'public');
/** Who may read a programme's figures and evidence: its staff and its funders' auditors. */
export const PROGRAMME_READERS: readonly Role[] = [...STAFF, 'funder_auditor'];

function allows(audience: Audience | undefined, role: CallerRole): boolean {
  if (audience === undefined) return false;
  return audience === 'anyone' || audience.includes(role);
}

const FEDERATION_FIELDS = new Set(['_service', '__typename', '__schema', '__type']);

function rootFields(selectionSet: SelectionSetNode, document: DocumentNode, seen = new Set<string>()): FieldNode[] {
  const fields: FieldNode[] = [];
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) fields.push(selection);
    else if (selection.kind === Kind.INLINE_FRAGMENT) fields.push(...rootFields(selection.selectionSet, document, seen));
    else if (!seen.has(selection.name.value)) {
      seen.add(selection.name.value);
      const fragment = document.definitions.find((d) => d.kind === Kind.FRAGMENT_DEFINITION && d.name.value === selection.name.value);
      if (fragment && fragment.kind === Kind.FRAGMENT_DEFINITION) fields.push(...rootFields(fragment.selectionSet, document, seen));
    }
  }
  return fields;
}

const POLICY_DENIAL = /^role [a-z_]+ may not use /;

/**
 * The policy's refusal names the role and the fields, never an object: it says what the caller's
 * role may not do, which the schema and DESIGN.md already tell, and nothing about what exists.
 * That also sets it apart from a service's object-level FORBIDDEN ("you are not allowed to do this").
 */
export function policyDenial(role: CallerRole, fields: readonly string[]): GraphQLError {
  // HTTP 200 with a coded error: the gateway passes coded errors through but masks failed subgraph calls.
  return new GraphQLError(`role ${role} may not use ${fields.join(', ')}`, { extensions: { code: 'FORBIDDEN', http: { status: 200 } } });
}

/** Whether an error (as a client receives it) is the access policy's refusal rather than a service's own. */
export function isPolicyDenial(error: { message?: string; extensions?: Record<string, unknown> } | undefined): boolean {
  return error?.extensions?.code === 'FORBIDDEN' && POLICY_DENIAL.test(error.message ?? '');
}

/** Names the root fields an operation touches that the caller may not use; empty when all are allowed. */
export function deniedFields(policy: AccessPolicy, identity: Identity, operation: OperationDefinitionNode, document: DocumentNode, variables: Record<string, unknown> = {}): string[] {
  const typeName = operation.operation === 'mutation' ? 'Mutation' : operation.operation === 'subscription' ? 'Subscription' : 'Query';
  const denied: string[] = [];
  for (const field of rootFields(operation.selectionSet, document)) {
    const name = field.name.value;
    if (FEDERATION_FIELDS.has(name)) continue;
    if (name === '_entities') {
      const argument = field.arguments?.find((a) => a.name.value === 'representations');
      const representations = (argument ? valueFromASTUntyped(argument.value, variables) : []) as Array<{ __typename?: string }>;
      for (const typename of new Set((representations ?? []).map((r) => r?.__typename ?? '?'))) {
        if (!allows(policy.entities[typename], identity.role)) denied.push(`_entities(${typename})`);
      }
      continue;
    }
    if (!allows(policy.operations[`${typeName}.${name}`], identity.role)) denied.push(`${typeName}.${name}`);
  }
  return denied;
}

/** The Apollo plugin that enforces a policy before execution. */
export function accessPolicyPlugin(policy: AccessPolicy): ApolloServerPlugin<{ identity: Identity }> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, request, contextValue }) {
          if (!operation) return; // graphql-js reports the unresolvable operation itself
          const denied = deniedFields(policy, contextValue.identity, operation, document, request.variables ?? {});
          if (denied.length > 0) throw policyDenial(contextValue.identity.role, denied);
        },
      };
    },
  };
}

/**
 * What a policy misses or names in vain against a subgraph's SDL: every root field of Query and
 * Mutation and every entity it resolves (an `@key` not marked `resolvable: false`) must have an
 * entry, and every entry must exist. Empty lists when the policy fits the schema.
 */
export function policyGaps(policy: AccessPolicy, typeDefs: string): { missing: string[]; unknown: string[] } {
  const operations = new Set<string>();
  const entities = new Set<string>();
  for (const definition of parse(typeDefs).definitions) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION && definition.kind !== Kind.OBJECT_TYPE_EXTENSION) continue;
    const type = definition.name.value;
    if (type === 'Query' || type === 'Mutation') for (const field of definition.fields ?? []) operations.add(`${type}.${field.name.value}`);
    const resolvable = (definition.directives ?? []).some(
      (d) => d.name.value === 'key' && !d.arguments?.some((a) => a.name.value === 'resolvable' && a.value.kind === Kind.BOOLEAN && !a.value.value),
    );
    if (resolvable) entities.add(type);
  }
  const missing = [...[...operations].filter((o) => !(o in policy.operations)), ...[...entities].filter((e) => !(e in policy.entities)).map((e) => `entity ${e}`)];
  const unknown = [
    ...Object.keys(policy.operations).filter((o) => !operations.has(o)),
    ...Object.keys(policy.entities).filter((e) => !entities.has(e)).map((e) => `entity ${e}`),
  ];
  return { missing, unknown };
}
