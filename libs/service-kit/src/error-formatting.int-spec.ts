// What a client sees of an error. Found by the bad-input campaign (resilience/): a NUL character
// or an impossible value reached PostgreSQL and came back as an internal error.
import { Client } from 'pg';
import { GraphQLError } from 'graphql';
import { QueryFailedError } from 'typeorm';
import { DomainError } from '@pass-numerique/kernel';
import { createErrorFormatter } from './error-formatting';
import { silentLogger } from './logger';

const format = createErrorFormatter(silentLogger);
const asResolverError = (original: Error) => new GraphQLError(original.message, { originalError: original, path: ['field'] });

describe('the subgraph error formatter', () => {
  it('keeps a domain error’s code, message and field', () => {
    const formatted = format({ message: 'x' }, asResolverError(new DomainError('NOT_FOUND', 'no such thing', { field: 'id' })));
    expect(formatted).toMatchObject({ message: 'no such thing', extensions: { code: 'NOT_FOUND', field: 'id' } });
  });

  it('masks anything else as INTERNAL_SERVER_ERROR with a reference', () => {
    const formatted = format({ message: 'boom at /srv/app.js:1:1', path: ['field'] }, asResolverError(new Error('boom at /srv/app.js:1:1')));
    expect(formatted).toEqual({ message: 'Internal error', path: ['field'], extensions: { code: 'INTERNAL_SERVER_ERROR', reference: expect.any(String) } });
  });

  it('turns a value PostgreSQL cannot take (data exception, SQLSTATE 22…) into BAD_USER_INPUT without the SQL', async () => {
    // The test run's PostgreSQL (npm test sets it), else the machine's own; no database is created.
    const client = new Client({ connectionString: process.env.PN_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres' });
    await client.connect();
    let raw: Error | undefined;
    try {
      await client.query('SELECT $1::text AS t', ['a\u0000b']);
    } catch (error) {
      raw = error as Error;
    } finally {
      await client.end();
    }
    expect((raw as { code?: string }).code).toBe('22021');
    const typeorm = new QueryFailedError('SELECT $1::date', ['2024-02-30'], Object.assign(new Error('date/time field value out of range: "2024-02-30"'), { code: '22008' }));
    for (const original of [raw!, typeorm]) {
      const formatted = format({ message: original.message }, asResolverError(original));
      expect(formatted.extensions).toEqual({ code: 'BAD_USER_INPUT' });
      expect(formatted.message).not.toMatch(/SELECT|UTF8|0x00|out of range: "/);
    }
  });

  it('still masks a constraint violation (class 23): that is a fault of ours, not a value to fix', () => {
    const unique = new QueryFailedError('INSERT …', [], Object.assign(new Error('duplicate key value violates unique constraint "x"'), { code: '23505' }));
    expect(format({ message: unique.message }, asResolverError(unique)).extensions).toMatchObject({ code: 'INTERNAL_SERVER_ERROR' });
  });
});
