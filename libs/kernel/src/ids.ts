// Typed ids: a ProgrammeId cannot be passed where an OrganisationId is expected.
import { randomUUID } from 'node:crypto';
import { DomainError } from './errors';

export type Id<Entity extends string> = string & { readonly __entity: Entity };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

export function newId<Entity extends string>(): Id<Entity> {
  return randomUUID() as Id<Entity>;
}

export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/** Validates an id received from outside; the field name makes the error say which input was wrong. */
export function parseId<Entity extends string>(value: string, field = 'id'): Id<Entity> {
  if (!isUuid(value)) throw new DomainError('INVALID_ID', `${field} is not a valid id`, { field });
  return value.toLowerCase() as Id<Entity>;
}
