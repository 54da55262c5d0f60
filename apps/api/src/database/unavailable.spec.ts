import { GraphQLError } from 'graphql';
import { QueryFailedError } from 'typeorm';
import { isDatabaseUnavailable } from './unavailable.js';

function pgError(message: string, code?: string): Error {
  return Object.assign(new Error(message), code ? { code } : {});
}

function failedQuery(driverError: Error): QueryFailedError {
  return new QueryFailedError('INSERT INTO meeting ...', [], driverError);
}

describe('a database that cannot be reached', () => {
  it.each([
    ['a refused connection', pgError('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED')],
    ['a connection cut in the middle of a query', failedQuery(pgError('Connection terminated unexpectedly'))],
    [
      'a server shut down by its administrator',
      failedQuery(pgError('terminating connection due to administrator command', '57P01')),
    ],
    ['a server still recovering', pgError('the database system is starting up', '57P03')],
    ['a server out of connections', pgError('sorry, too many clients already', '53300')],
    ['a connection attempt that timed out', pgError('timeout exceeded when trying to connect')],
    [
      'a transaction whose connection was lost',
      Object.assign(new Error('Query runner already released.'), { name: 'QueryRunnerAlreadyReleasedError' }),
    ],
    [
      'the same behind a GraphQL error',
      new GraphQLError('x', { originalError: pgError('connect ECONNREFUSED', 'ECONNREFUSED') }),
    ],
  ])('is recognised: %s', (_what, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each([
    ['a duplicate', failedQuery(pgError('duplicate key value violates unique constraint', '23505'))],
    ['a value out of range', failedQuery(pgError('value too long for type character varying(200)', '22001'))],
    ['a mistake in SQL', failedQuery(pgError('syntax error at or near "FORM"', '42601'))],
    ['a refusal of our own', new GraphQLError('Ei oikeutta', { extensions: { code: 'FORBIDDEN' } })],
    ['something that is not an error', 'Connection terminated'],
  ])('is not confused with other faults: %s', (_what, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });
});
