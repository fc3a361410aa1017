import { GraphQLError } from 'graphql';
import mongoose, { mongo } from 'mongoose';
import { isDatabaseUnavailable } from './errors';

// Which failures mean "the database cannot be reached" (SERVICE_UNAVAILABLE, HTTP 503) and
// which are something else (a bug or a refused write: INTERNAL_SERVER_ERROR or a domain code).

const selection = () =>
  new mongo.MongoServerSelectionError('connect ECONNREFUSED 127.0.0.1:27017', {
    type: 'Unknown',
    servers: new Map(),
  } as never);

describe('isDatabaseUnavailable', () => {
  test.each([
    ['no server selected in time', selection()],
    ['mongoose found no server at connect', new mongoose.Error.MongooseServerSelectionError('no server')],
    ['a broken connection', new mongo.MongoNetworkError('connection 3 to 127.0.0.1:27017 closed')],
    ['a network timeout', new mongo.MongoNetworkTimeoutError('timed out')],
    ['a closed topology', new mongo.MongoTopologyClosedError()],
    ['a server shutting down', new mongo.MongoServerError({ code: 91, errmsg: 'shutdown in progress', ok: 0 })],
    ['a primary stepping down', new mongo.MongoServerError({ code: 189, errmsg: 'stepped down', ok: 0 })],
    [
      'a replica set still starting',
      new mongo.MongoServerError({ code: 134, errmsg: 'read concern majority not available yet', ok: 0 }),
    ],
    [
      'a write the server labels retryable',
      new mongo.MongoServerError({ code: 2, errmsg: 'busy', ok: 0, errorLabels: ['RetryableWriteError'] }),
    ],
    [
      "mongoose's buffering timeout",
      new mongoose.Error('Operation `contacts.findOne()` buffering timed out after 5000ms'),
    ],
    [
      "a socket the server ended, as Node's write reports it",
      Object.assign(new Error('This socket has been ended by the other party'), { code: 'EPIPE' }),
    ],
    ['one wrapped by a resolver error', new GraphQLError('wrapped', { originalError: selection() })],
    ['one given as a cause', new Error('lookup failed', { cause: new mongo.MongoNetworkError('reset') })],
  ])('%s: unavailable', (_what, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  test.each([
    ['a duplicate key', new mongo.MongoServerError({ code: 11000, errmsg: 'E11000 duplicate key', ok: 0 })],
    ['a bad update', new mongo.MongoServerError({ code: 9, errmsg: 'FailedToParse', ok: 0 })],
    ['a validation failure', new mongoose.Error.ValidationError()],
    ['a plain bug', new TypeError("Cannot read properties of undefined (reading 'x')")],
    ['our own GraphQL error', new GraphQLError('No contact matches', { extensions: { code: 'NOT_FOUND' } })],
    ['not an error at all', 'unavailable'],
  ])('%s: not unavailable', (_what, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });
});
