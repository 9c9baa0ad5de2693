import { GraphQLScalarType } from 'graphql';
import { mergeResolvers, referenced } from './resolver-maps';

describe('mergeResolvers', () => {
  it("merges the fields several modules add to one type, and keeps a scalar given once whole", () => {
    const Date = new GraphQLScalarType({ name: 'Date' });
    const a = { Query: { programme: () => 'a' }, Programme: { budget: () => 1 }, Date };
    const b = { Query: { places: () => 'b' }, Mutation: { open: () => true } };
    const merged = mergeResolvers<Record<string, Record<string, unknown>>>(a, b);
    expect(Object.keys(merged.Query)).toEqual(['programme', 'places']);
    expect(merged.Mutation).toBe(b.Mutation);
    expect(merged.Programme).toBe(a.Programme);
    expect(merged.Date).toBe(Date);
    expect(merged.Date).toBeInstanceOf(GraphQLScalarType);
  });

  it('lets a later module override a field of the same name (the last word is the server file’s)', () => {
    const merged = mergeResolvers<Record<string, Record<string, () => string>>>({ Query: { trail: () => 'module' } }, { Query: { trail: () => 'server' } });
    expect(merged.Query.trail()).toBe('server');
  });
});

describe('referenced', () => {
  it('answers the row a loader found, and fails when the referenced row is missing', async () => {
    await expect(referenced(Promise.resolve({ id: 'a' }))).resolves.toEqual({ id: 'a' });
    await expect(referenced(Promise.resolve(null))).rejects.toThrow('a row a foreign key references is missing');
  });
});
