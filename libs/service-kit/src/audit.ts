// The audit trail: every state-changing call (a mutation) a subgraph receives is recorded with
// who made it, when, which ids it named and how it ended. Nothing else of the arguments is
// kept: they may hold personal data (a beneficiary's profile) that has no place in an audit.
import { Kind, valueFromASTUntyped, type FieldNode, type GraphQLResolveInfo } from 'graphql';
import type { QueryRunner, DataSource } from 'typeorm';
import type { ApolloServerPlugin } from '@apollo/server';
import { rolesOf, type Identity } from './identity';
import type { Reach, RequestAccess } from './authorisation';
import type { Logger } from './logger';
import { decodeCursor, pageSize, toConnection, type Connection } from './pagination';

export async function createAuditTable(queryRunner: QueryRunner): Promise<void> {
  await queryRunner.query(`
    CREATE TABLE audit_entry (
      position         bigserial PRIMARY KEY,
      id               uuid NOT NULL DEFAULT gen_random_uuid() UNIQUE,
      at               timestamptz NOT NULL,
      operation        text NOT NULL,
      subject          text NOT NULL,
      role             text NOT NULL,
      organisation_id  uuid,
      targets          text[] NOT NULL,
      outcome          text NOT NULL
    )`);
}

export async function dropAuditTable(queryRunner: QueryRunner): Promise<void> {
  await queryRunner.query(`DROP TABLE audit_entry`);
}

/**
 * Each entry names the programmes the call acted in (as its tenant checks found them): a
 * programme's staff read the entries of their programmes only. Entries written before carry none.
 */
export async function addAuditProgrammes(queryRunner: QueryRunner): Promise<void> {
  await queryRunner.query(`ALTER TABLE audit_entry ADD COLUMN programme_ids uuid[] NOT NULL DEFAULT '{}'`);
  await queryRunner.query(`ALTER TABLE audit_entry RENAME COLUMN role TO roles`);
  await queryRunner.query(`CREATE INDEX audit_entry_programmes ON audit_entry USING gin (programme_ids)`);
}

export async function dropAuditProgrammes(queryRunner: QueryRunner): Promise<void> {
  await queryRunner.query(`DROP INDEX audit_entry_programmes`);
  await queryRunner.query(`ALTER TABLE audit_entry RENAME COLUMN roles TO role`);
  await queryRunner.query(`ALTER TABLE audit_entry DROP COLUMN programme_ids`);
}

const ID_ARGUMENT = /(^id$|Id$|^ids$|Ids$)/;
const UUID_OR_CODE = /^[0-9A-Za-z][0-9A-Za-z:_-]{0,79}$/;

/** The ids a call named: values of arguments (and input fields) called id/…Id/ids/…Ids, nothing else. */
export function targetsOf(value: unknown, key = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((v) => targetsOf(v, key));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => targetsOf(v, k));
  if (typeof value === 'string' && ID_ARGUMENT.test(key) && UUID_OR_CODE.test(value)) return [value];
  return [];
}

export interface AuditEntry {
  id: string;
  at: Date;
  service: string;
  operation: string;
  subject: string;
  /** The caller's roles. */
  roles: string[];
  /** The first of them (the schema's deprecated `role`). */
  role: string;
  organisationId: string | null;
  /** The programmes the call acted in. */
  programmeIds: string[];
  targets: string[];
  outcome: string;
}

export function auditPlugin(dataSource: DataSource, logger: Logger, now: () => Date): ApolloServerPlugin<{ identity: Identity; access?: RequestAccess }> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ operation, request, response, contextValue }) {
          if (operation?.operation !== 'mutation' || !contextValue?.identity) return;
          const errors = response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
          const fields = operation.selectionSet.selections.filter((s): s is FieldNode => s.kind === Kind.FIELD);
          const at = now();
          for (const field of fields) {
            const key = field.alias?.value ?? field.name.value;
            const error = errors.find((e) => e.path?.[0] === key) ?? (errors.length && !errors.some((e) => e.path) ? errors[0] : undefined);
            const args = Object.fromEntries((field.arguments ?? []).map((a) => [a.name.value, valueFromASTUntyped(a.value, request.variables ?? {})]));
            const { identity, access } = contextValue;
            await dataSource
              .query(
                `INSERT INTO audit_entry (at, operation, subject, roles, organisation_id, programme_ids, targets, outcome) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
                [
                  at,
                  field.name.value,
                  identity.subject,
                  rolesOf(identity).join(','),
                  identity.organisationId ?? null,
                  [...(access?.touched ?? [])],
                  [...new Set(targetsOf(args))].slice(0, 50),
                  error ? String(error.extensions?.code ?? 'ERROR') : 'OK',
                ],
              )
              .catch((failure) => logger.error('audit entry not recorded', { operation: field.name.value, error: String(failure) }));
          }
        },
      };
    },
  };
}

/** Reads the trail of the programmes the caller reaches, newest first, as a cursor connection. */
export async function listAuditEntries(dataSource: DataSource, service: string, args: { first?: number | null; after?: string | null }, reach: Reach): Promise<Connection<AuditEntry>> {
  const size = pageSize(args.first);
  const after = decodeCursor(args.after);
  const programmes = [...reach.programmeIds];
  const rows: Array<Record<string, any>> = await dataSource.query(
    `SELECT position, id, at, operation, subject, roles, organisation_id, programme_ids, targets, outcome FROM audit_entry
      WHERE programme_ids && $3::uuid[] AND ($1::bigint IS NULL OR position < $1::bigint) ORDER BY position DESC LIMIT $2`,
    [after ?? null, size + 1, programmes],
  );
  const [{ count }] = await dataSource.query(`SELECT count(*)::int AS count FROM audit_entry WHERE programme_ids && $1::uuid[]`, [programmes]);
  const entries = rows.map((r) => ({
    position: String(r.position),
    id: r.id,
    at: r.at,
    service,
    operation: r.operation,
    subject: r.subject,
    roles: String(r.roles).split(','),
    role: String(r.roles).split(',')[0],
    organisationId: r.organisation_id,
    programmeIds: r.programme_ids,
    targets: r.targets,
    outcome: r.outcome,
  }));
  return toConnection(entries, size, count, (e) => e.position);
}

/** The resolver of a service's `<service>AuditTrail` query: the entries of the programmes the caller reaches. */
export function auditTrailQuery() {
  return (
    _: unknown,
    args: { first?: number | null; after?: string | null },
    ctx: { reach(at: GraphQLResolveInfo): Reach; auditTrail(a: typeof args, reach: Reach): Promise<Connection<AuditEntry>> },
    info: GraphQLResolveInfo,
  ) => ctx.auditTrail(args, ctx.reach(info));
}
