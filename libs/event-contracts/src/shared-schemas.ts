// Small schemas reused by several contracts. Amounts are integer cents, dates ISO strings.
import { z } from 'zod';
import { isWellFormedInseeCode } from '@pass-numerique/kernel';

export const uuid = z.string().uuid();
export const cents = z.number().int().safe();
export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
export const isoInstant = z.string().datetime({ offset: true });
export const territoryLevel = z.enum(['REGION', 'DEPARTEMENT', 'EPCI', 'COMMUNE', 'ZONE']);
export const territoryRef = z.object({ level: territoryLevel, code: z.string().min(1).max(40) });
/** A commune's INSEE code, under the kernel's one rule (Corsica's 2A/2B included). */
export const inseeCode = z.string().refine(isWellFormedInseeCode, { message: 'not a well-formed INSEE commune code' });
