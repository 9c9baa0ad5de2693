// A subgraph's resolvers come from its modules, several of which add fields to one type (Query,
// Mutation, an entity such as Programme): merge them type by type. A type given by one module
// only is kept as it is — a scalar (GraphQLScalarType) or an enum's value map must not be spread,
// which would strip its prototype.
export type ResolverMaps = Record<string, object>;

export function mergeResolvers<Merged = ResolverMaps>(...maps: ResolverMaps[]): Merged {
  const merged: ResolverMaps = {};
  for (const map of maps) {
    for (const [type, fields] of Object.entries(map)) merged[type] = type in merged ? { ...merged[type], ...fields } : fields;
  }
  return merged as Merged;
}

/**
 * The row behind a non-null field, loaded by an id a foreign key guarantees. A loader answers null
 * for an id it does not find; here that can only be a broken invariant, an internal error as
 * GraphQL's own non-null check would make it, so the resolver's type says the row is there.
 */
export async function referenced<Row>(row: Promise<Row | null>): Promise<Row> {
  const found = await row;
  if (found === null) throw new Error('a row a foreign key references is missing');
  return found;
}
