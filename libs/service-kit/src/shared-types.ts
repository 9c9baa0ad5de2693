// The types every subgraph shares, written once: the scalars, money, the administrative levels,
// the connection's page info and the audit trail's entries (the kit records them for every
// service). Each service's schema.graphql holds its own types only; the kit
// adds these when it builds the subgraph (subgraphTypeDefs), and so does the offline composition.
// Their resolvers are the kit's too (graphql-scalars.ts, pagination.ts).

export const SHARED_TYPE_DEFS = /* GraphQL */ `
"""
A calendar date, YYYY-MM-DD.
"""
scalar Date

"""
An instant, ISO-8601 with offset.
"""
scalar DateTime

"""
An integer between -(2^53 - 1) and 2^53 - 1: amounts in cents exceed 32-bit integers at national scale.
"""
scalar SafeInt

"""
An amount of money. Counted in integer cents; every other field is a rendering of \`cents\`.
"""
type Money @shareable {
  "The amount in cents (1000 = 10.00 EUR)."
  cents: SafeInt!
  "ISO 4217 currency code; always EUR."
  currency: String!
  "Decimal rendering with two decimals and a dot: 763900.00."
  amount: String!
  "French rendering: 763 900,00 €."
  formatted: String!
}

"""
Administrative level of a territory. Codes overlap across levels (région 32 ≠ département 32), so a territory is always named by level and code together.
"""
enum TerritoryLevel {
  REGION
  DEPARTEMENT
  EPCI
  COMMUNE
  ZONE
}
"""
Where a page starts and ends (Relay's PageInfo). Pages go forward (first/after): hasPreviousPage says whether the page was asked after a cursor.
"""
type PageInfo @shareable {
  hasNextPage: Boolean!
  hasPreviousPage: Boolean!
  startCursor: String
  endCursor: String
}

"""
One state-changing call, as the audit trail keeps it: who, when, what, and how it ended. No personal data: of the arguments, only the ids they named are kept.
"""
type AuditEntry @shareable {
  id: ID!
  at: DateTime!
  "The service that recorded it."
  service: String!
  "The mutation called."
  operation: String!
  "Who: a person's subject, a partner credential (credential:<id>; credential:<id>:for:<organisation id> for a vendor key acting for an organisation that delegated to it, organisationId then naming that organisation), or anonymous."
  subject: String!
  "The caller's roles."
  roles: [String!]!
  role: String! @deprecated(reason: "A caller may hold several roles: use roles.")
  organisationId: ID
  "The programmes the call acted in."
  programmeIds: [ID!]!
  "The ids the call named (arguments called id, ids, …Id or …Ids)."
  targets: [String!]!
  "OK, or the error code the call ended with."
  outcome: String!
}

"""
A page of the audit trail, newest first.
"""
type AuditEntryConnection @shareable {
  edges: [AuditEntryEdge!]!
  pageInfo: PageInfo!
  totalCount: Int!
}

type AuditEntryEdge @shareable {
  cursor: String!
  node: AuditEntry!
}
`;

/** A service's own SDL with the shared types: what its subgraph serves and what composition reads. */
export function subgraphTypeDefs(ownTypeDefs: string): string {
  return `${ownTypeDefs.trimEnd()}\n${SHARED_TYPE_DEFS}`;
}
