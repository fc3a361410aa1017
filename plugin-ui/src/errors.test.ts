/**
 * @jest-environment node
 */
// Node's own Response builds the HTTP failures Apollo reports; jsdom has none.
import { CombinedGraphQLErrors, ServerError, ServerParseError, UnconventionalError } from '@apollo/client/errors';

import { errorCodeOf } from './errors';

function serverError(status: number, bodyText: string): ServerError {
  return new ServerError(`Response not successful: Received status code ${status}`, {
    response: new Response(bodyText, { status }),
    bodyText,
  });
}

describe('errorCodeOf', () => {
  it('reads extensions.code of GraphQL errors', () => {
    const error = new CombinedGraphQLErrors({
      data: null,
      errors: [{ message: 'Contact not found', extensions: { code: 'NOT_FOUND' } }],
    });

    expect(errorCodeOf(error)).toBe('NOT_FOUND');
  });

  it('takes the first GraphQL error that has a code', () => {
    const error = new CombinedGraphQLErrors({
      errors: [{ message: 'no code here' }, { message: 'Token expired', extensions: { code: 'UNAUTHENTICATED' } }],
    });

    expect(errorCodeOf(error)).toBe('UNAUTHENTICATED');
  });

  it('reads the code from a plain JSON error response', () => {
    const body = JSON.stringify({ errors: [{ message: 'Forbidden', extensions: { code: 'FORBIDDEN' } }] });

    expect(errorCodeOf(serverError(403, body))).toBe('FORBIDDEN');
  });

  it('falls back to the HTTP status when the body carries no code', () => {
    expect(errorCodeOf(serverError(401, '<html>Unauthorized</html>'))).toBe('UNAUTHENTICATED');
    expect(errorCodeOf(serverError(503, 'Service Unavailable'))).toBe('HTTP_503');
  });

  it('names a response that is not JSON', () => {
    const error = new ServerParseError(new SyntaxError('Unexpected token <'), {
      response: new Response('<html>', { status: 200 }),
      bodyText: '<html>',
    });

    expect(errorCodeOf(error)).toBe('BAD_RESPONSE');
  });

  it('names a failed fetch a network error', () => {
    expect(errorCodeOf(new TypeError('Failed to fetch'))).toBe('NETWORK_ERROR');
  });

  it('names anything else an unknown error', () => {
    expect(errorCodeOf(new UnconventionalError(Symbol('odd')))).toBe('UNKNOWN_ERROR');
  });
});
