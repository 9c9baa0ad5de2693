// bigint comes back from pg as a string; cents stay numbers in code (exact up to 2^53 cents,
// ninety thousand billion euros).
import type { ValueTransformer } from 'typeorm';

export const centsColumn: ValueTransformer = { to: (v: number) => v, from: (v: string) => Number(v) };
export const nullableCentsColumn: ValueTransformer = {
  to: (v: number | null | undefined) => v ?? null,
  from: (v: string | null) => (v === null ? null : Number(v)),
};
