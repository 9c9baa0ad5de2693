// Who may call what, and on whose objects.
//
// Roles: each subgraph declares an access policy — for every root field, every entity it resolves
// and the object fields that only some roles may read, the roles that may use it. The kit enforces
// it before anything executes (`_entities` included) and refuses what the policy does not name
// (fail closed). The policy is the only place where roles are named.
//
// Tenants: the roles a field admits also say on whose objects the caller may act. `ctx.reach(…)`
// gives, for the field being resolved, the programmes in which the caller holds one of those
// roles and the organisation it acts for; the owning service checks each object against it beside
// the data (its `tenancy.ts`), and an object out of reach answers exactly as one that does not exist.
import { GraphQLError, Kind, parse, valueFromASTUntyped, type DocumentNode, type FieldNode, type GraphQLResolveInfo, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import { isOrganisationRole, isProgrammeRole, OPERATOR_ROLE, ROLES, rolesOf, type CallerRole, type Identity, type Role } from './identity';

/** Who may use one root field, resolve one entity type or read one object field. */
export type Audience = 'anyone' | readonly CallerRole[];

export interface AccessPolicy {
  /** Every root field of the subgraph, as "Query.name" or "Mutation.name". */
  operations: Record<string, Audience>;
  /** Every entity type the subgraph resolves by reference (`_entities`). */
  entities: Record<string, Audience>;
  /**
   * Fields of object types that only some roles may read, as "Type.field" (a programme's budget,
   * a place's IBAN). Checked when the field is resolved: FORBIDDEN and null for other roles.
   */
  fields?: Record<string, Audience>;
}

/** Programme staff: the people who run a programme. */
export const STAFF: readonly Role[] = ['programme_manager', 'finance_officer'];
/** Who may read a programme's figures and evidence: its staff and its funders' auditors. */
export const PROGRAMME_READERS: readonly Role[] = [...STAFF, 'funder_auditor'];
/** Everyone signed in, people and partner software, but not the anonymous public. */
export const SIGNED_IN: readonly Role[] = ROLES.filter((r) => r !== 'public');

function admits(audience: Audience | undefined, role: CallerRole): boolean {
  if (audience === undefined) return false;
  return audience === 'anyone' || audience.includes(role);
}

/** Whether a caller holds at least one role the audience admits. */
export function allows(audience: Audience | undefined, identity: Identity): boolean {
  return identity.grants.some((g) => admits(audience, g.role));
}

/**
 * How far a caller reaches through one field: the programmes in which it holds a programme role
 * the field admits, and the organisation it acts for through an organisation role the field
 * admits. Services ask it about each object they touch; every programme it vouches for is
 * remembered for the request's audit entry.
 */
export class Reach {
  /** Programmes in which the caller holds a programme role this field admits. */
  readonly programmeIds: readonly string[];
  /** The caller's organisation, when it holds an organisation role (distributor, place) this field admits. */
  readonly organisationId: string | undefined;
  /** The programmes those organisation roles are limited to; undefined when one of them is not limited. */
  readonly organisationProgrammeIds: readonly string[] | undefined;
  /** The caller holds the platform operator role and this field admits it. */
  readonly operator: boolean;
  /** Only the platform's own work (internalReach) reaches every programme and organisation. */
  readonly all: boolean = false;

  constructor(
    readonly identity: Identity,
    audience: Audience,
    private readonly touched: Set<string> = new Set(),
  ) {
    const admitted = identity.grants.filter((g) => admits(audience, g.role));
    this.programmeIds = [...new Set(admitted.filter((g) => isProgrammeRole(g.role) && g.programmeId).map((g) => g.programmeId!))].sort();
    const organisational = admitted.filter((g) => isOrganisationRole(g.role));
    this.organisationId = organisational.length > 0 ? identity.organisationId : undefined;
    this.organisationProgrammeIds = organisational.some((g) => !g.programmeId) ? undefined : [...new Set(organisational.map((g) => g.programmeId!))].sort();
    this.operator = admitted.some((g) => g.role === OPERATOR_ROLE);
  }

  /** The caller holds, in this programme, a programme role the field admits. */
  coversProgramme(programmeId: string | null | undefined): boolean {
    if (!programmeId || !this.programmeIds.includes(programmeId)) return false;
    this.touched.add(programmeId);
    return true;
  }

  /**
   * The caller acts for this organisation through an organisation role the field admits — in
   * this programme, when one is given and the caller's roles are limited to some programmes.
   */
  actsFor(organisationId: string | null | undefined, programmeId?: string | null): boolean {
    if (!organisationId || this.organisationId === undefined || this.organisationId !== organisationId) return false;
    if (programmeId) {
      if (this.organisationProgrammeIds && !this.organisationProgrammeIds.includes(programmeId)) return false;
      this.touched.add(programmeId);
    }
    return true;
  }

  /**
   * The request brought this programme into being (opening it): its audit entry names it, so
   * that the programme's staff find how it began. Reaching it takes a grant in it, as ever.
   */
  opened(programmeId: string): void {
    this.touched.add(programmeId);
  }

  /** The caller belongs to this organisation, whatever role the field admitted it with. */
  belongsTo(organisationId: string | null | undefined): boolean {
    return !!organisationId && this.identity.organisationId === organisationId;
  }

  /** The programmes this field's organisation roles may act in, as the owning service's data says; null = any. */
  get organisationProgrammes(): readonly string[] | null {
    return this.organisationProgrammeIds ?? null;
  }
}

/**
 * The platform's own work — loading the demo, scheduled jobs over every programme — reaches every
 * programme and organisation. Never built from a request: a request's reach comes from its caller.
 */
class InternalReach extends Reach {
  override readonly all = true;
  constructor(subject: string) {
    super({ subject, grants: [], scopes: [] }, []);
  }
  override coversProgramme(programmeId: string | null | undefined): boolean {
    return !!programmeId;
  }
  override actsFor(organisationId: string | null | undefined): boolean {
    return !!organisationId;
  }
  override belongsTo(organisationId: string | null | undefined): boolean {
    return !!organisationId;
  }
}

export function internalReach(subject: string): Reach {
  return new InternalReach(subject);
}

/** Per request: the reaches of the fields resolved, and the programmes they vouched for (for the audit trail). */
export class RequestAccess {
  /** Programmes the request acted in, as its tenant checks found them. */
  readonly touched = new Set<string>();
  private readonly reaches = new Map<string, Reach>();

  constructor(
    readonly identity: Identity,
    private readonly policy: AccessPolicy | undefined,
  ) {}

  /** The reach of a root field or object field (from the resolver's info), or of an entity type (its name). */
  reach(at: GraphQLResolveInfo | string): Reach {
    const coordinate = typeof at === 'string' ? at : `${at.parentType.name}.${at.fieldName}`;
    let reach = this.reaches.get(coordinate);
    if (!reach) {
      const audience = this.policy?.operations[coordinate] ?? this.policy?.fields?.[coordinate] ?? this.policy?.entities[coordinate];
      // A programming error, not a refusal: the policy-coverage test names the missing entry.
      if (audience === undefined) throw new Error(`the access policy has no entry for ${coordinate}`);
      reach = new Reach(this.identity, audience, this.touched);
      this.reaches.set(coordinate, reach);
    }
    return reach;
  }
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

const POLICY_DENIAL = /^roles? [a-z_]+(?:, [a-z_]+)* may not use /;

/**
 * The policy's refusal names the roles and the fields, never an object: it says what the caller's
 * roles may not do, which the schema and ARCHITECTURE.md already tell, and nothing about what exists.
 * That also sets it apart from a service's object-level refusal.
 */
export function policyDenial(identity: Identity, fields: readonly string[]): GraphQLError {
  const roles = rolesOf(identity);
  const who = roles.length === 0 ? 'role public' : `${roles.length === 1 ? 'role' : 'roles'} ${roles.join(', ')}`;
  // HTTP 200 with a coded error: the gateway passes coded errors through but masks failed subgraph calls.
  return new GraphQLError(`${who} may not use ${fields.join(', ')}`, { extensions: { code: 'FORBIDDEN', http: { status: 200 } } });
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
        if (!allows(policy.entities[typename], identity)) denied.push(`_entities(${typename})`);
      }
      continue;
    }
    if (!allows(policy.operations[`${typeName}.${name}`], identity)) denied.push(`${typeName}.${name}`);
  }
  return denied;
}

/** The Apollo plugin that enforces a policy's root fields and entities before execution. */
export function accessPolicyPlugin(policy: AccessPolicy): ApolloServerPlugin<{ identity: Identity }> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, request, contextValue }) {
          if (!operation) return; // graphql-js reports the unresolvable operation itself
          const denied = deniedFields(policy, contextValue.identity, operation, document, request.variables ?? {});
          if (denied.length > 0) throw policyDenial(contextValue.identity, denied);
        },
      };
    },
  };
}

type FieldResolver = (parent: any, args: any, context: { identity: Identity }, info: GraphQLResolveInfo) => unknown;

/**
 * Wraps the resolvers of the policy's object fields so that a caller without an admitted role gets
 * FORBIDDEN (and null) for that field only. A field without a resolver of its own reads the parent.
 */
export function guardFields<Resolvers extends Record<string, any>>(resolvers: Resolvers, policy: AccessPolicy | undefined): Resolvers {
  const fields = Object.entries(policy?.fields ?? {});
  if (fields.length === 0) return resolvers;
  const guarded: Record<string, any> = { ...resolvers };
  for (const [coordinate, audience] of fields) {
    const [type, field] = coordinate.split('.');
    const own = guarded[type]?.[field] as FieldResolver | { resolve: FieldResolver } | undefined;
    const resolve: FieldResolver = typeof own === 'function' ? own : own?.resolve ?? ((parent) => parent?.[field]);
    guarded[type] = {
      ...guarded[type],
      [field]: (parent: unknown, args: unknown, context: { identity: Identity }, info: GraphQLResolveInfo) => {
        if (!allows(audience, context.identity)) throw policyDenial(context.identity, [coordinate]);
        return resolve(parent, args, context, info);
      },
    };
  }
  return guarded as Resolvers;
}

/**
 * What a policy misses or names in vain against a subgraph's SDL: every root field of Query and
 * Mutation and every entity it resolves (an `@key` not marked `resolvable: false`) must have an
 * entry, and every entry (object fields included) must exist. Empty lists when the policy fits the schema.
 */
export function policyGaps(policy: AccessPolicy, typeDefs: string): { missing: string[]; unknown: string[] } {
  const operations = new Set<string>();
  const entities = new Set<string>();
  const objectFields = new Set<string>();
  for (const definition of parse(typeDefs).definitions) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION && definition.kind !== Kind.OBJECT_TYPE_EXTENSION) continue;
    const type = definition.name.value;
    for (const field of definition.fields ?? []) {
      if (type === 'Query' || type === 'Mutation') operations.add(`${type}.${field.name.value}`);
      else objectFields.add(`${type}.${field.name.value}`);
    }
    const resolvable = (definition.directives ?? []).some(
      (d) => d.name.value === 'key' && !d.arguments?.some((a) => a.name.value === 'resolvable' && a.value.kind === Kind.BOOLEAN && !a.value.value),
    );
    if (resolvable) entities.add(type);
  }
  const missing = [...[...operations].filter((o) => !(o in policy.operations)), ...[...entities].filter((e) => !(e in policy.entities)).map((e) => `entity ${e}`)];
  const unknown = [
    ...Object.keys(policy.operations).filter((o) => !operations.has(o)),
    ...Object.keys(policy.entities).filter((e) => !entities.has(e)).map((e) => `entity ${e}`),
    ...Object.keys(policy.fields ?? {}).filter((f) => !objectFields.has(f)).map((f) => `field ${f}`),
  ];
  return { missing, unknown };
}
