// What an application must give, as pure functions: the documents a programme asks for (its
// managers' list, or the defaults), the régie act asked of public bodies and of no one else, and
// which of them an application lacks.
import { DomainError } from '@pass-numerique/kernel';
import { DOCUMENT_KINDS, type DocumentKind } from '../documents/document.entity';
import type { OrganisationKind } from '../organisations/organisation.entity';
import { isPublicBody } from '../places/qualification.rules';

/** What a programme asks for until its managers say otherwise: a RIB and the statutes. */
export const DEFAULT_REQUIRED_KINDS: readonly DocumentKind[] = ['BANK_DETAILS_CERTIFICATE', 'STATUTES'];

/** A programme's list as its managers give it: at least one kind, each once, in the catalogue's order. */
export function checkRequiredKinds(kinds: readonly string[]): DocumentKind[] {
  if (kinds.length === 0) throw new DomainError('BAD_USER_INPUT', 'a programme asks for at least one document', { field: 'kinds' });
  return DOCUMENT_KINDS.filter((kind) => kinds.includes(kind));
}

/**
 * The kinds asked of one organisation: the programme's list, the régie act only of public bodies
 * (who cash through a régie), and always of them. Without a legal kind: the programme's list as set.
 */
export function requiredKindsFor(programmeKinds: readonly DocumentKind[], legalKind?: OrganisationKind): DocumentKind[] {
  if (legalKind === undefined) return [...programmeKinds];
  const kinds = programmeKinds.filter((kind) => kind !== 'REGIE_ACT');
  return isPublicBody(legalKind) ? [...kinds, 'REGIE_ACT'] : kinds;
}

/** The kinds asked for that the given documents do not cover. */
export function missingKinds(required: readonly DocumentKind[], given: ReadonlyArray<{ kind: DocumentKind }>): DocumentKind[] {
  return required.filter((kind) => !given.some((document) => document.kind === kind));
}
