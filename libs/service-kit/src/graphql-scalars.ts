// Scalars and value types every subgraph declares the same way (the SDL declares them; these
// are their resolvers).
import { DateTimeResolver, LocalDateResolver, SafeIntResolver } from 'graphql-scalars';
import { formatEuros, toDecimalString, type Cents } from '@pass-numerique/kernel';

export const scalarResolvers = {
  // Calendar dates stay "YYYY-MM-DD" strings end to end: no time zone can shift a deliberation's day.
  Date: LocalDateResolver,
  DateTime: DateTimeResolver,
  SafeInt: SafeIntResolver,
};

/** A Money value as the SDL's `Money` type exposes it, from integer cents. */
export function money(amountCents: number) {
  const cents = amountCents as Cents;
  return { cents, currency: 'EUR', amount: toDecimalString(cents), formatted: formatEuros(cents) };
}
