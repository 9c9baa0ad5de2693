// Free texts people type into funding's records (references, descriptions, names): trimmed,
// bounded, and an empty one is none.
import { DomainError } from '@pass-numerique/kernel';

export function optionalText(value: string | null | undefined, field: string, limit: number): string | null {
  const trimmed = value?.trim() ?? '';
  if (trimmed.length > limit) throw new DomainError('BAD_USER_INPUT', `${field} must be at most ${limit} characters`, { field });
  return trimmed || null;
}

export function requiredText(value: string | null | undefined, field: string, limit: number): string {
  const text = optionalText(value, field, limit);
  if (text === null) throw new DomainError('BAD_USER_INPUT', `${field} must not be empty`, { field });
  return text;
}
