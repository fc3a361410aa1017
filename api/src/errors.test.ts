import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ERROR_CODES, httpStatusOf } from './errors';
import { LIMIT_CODES } from './graphql/query-limits';

/** Every source file of the API (tests and generated code aside). */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === '__generated__' ? [] : sourceFiles(file);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [file] : [];
  });
}

describe('the error contract', () => {
  test('every ErrorCode has an HTTP error status', () => {
    for (const code of ERROR_CODES) {
      const status = httpStatusOf(code);
      expect({ code, ok: Number.isInteger(status) && status >= 400 && status < 600 }).toEqual({ code, ok: true });
    }
  });

  test('the statuses clients rely on', () => {
    expect(
      Object.fromEntries(
        [
          'BAD_REQUEST',
          'BAD_USER_INPUT',
          'UNAUTHENTICATED',
          'SIGNATURE_INVALID',
          'FORBIDDEN',
          'NOT_FOUND',
          'CONFLICT',
          'PAYLOAD_TOO_LARGE',
          'RATE_LIMITED',
          'INTERNAL_SERVER_ERROR',
          'SERVICE_UNAVAILABLE',
        ].map((code) => [code, httpStatusOf(code)]),
      ),
    ).toEqual({
      BAD_REQUEST: 400,
      BAD_USER_INPUT: 400,
      UNAUTHENTICATED: 401,
      SIGNATURE_INVALID: 401,
      FORBIDDEN: 403,
      NOT_FOUND: 404,
      CONFLICT: 409,
      PAYLOAD_TOO_LARGE: 413,
      RATE_LIMITED: 429,
      INTERNAL_SERVER_ERROR: 500,
      SERVICE_UNAVAILABLE: 503,
    });
  });

  test('a code outside the contract answers 500, whatever the object prototype holds', () => {
    expect(httpStatusOf('NOT_A_CODE')).toBe(500);
    expect(httpStatusOf('toString')).toBe(500);
    expect(httpStatusOf('')).toBe(500);
  });

  test('every query-limit code is in the contract', () => {
    for (const code of Object.values(LIMIT_CODES)) expect(ERROR_CODES).toContain(code);
  });

  test('every code the API writes as a literal is in the contract', () => {
    const written = new Set<string>();
    for (const file of sourceFiles(__dirname)) {
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(/\bcode: '([A-Z][A-Z_]+)'/g)) written.add(match[1] as string);
      for (const match of text.matchAll(/new DeliveryError\(\s*'([A-Z][A-Z_]+)'/g)) written.add(match[1] as string);
      for (const match of text.matchAll(/\b(?:sendError|send)\(res, '([A-Z][A-Z_]+)'/g))
        written.add(match[1] as string);
    }
    expect(written.size).toBeGreaterThan(5);
    expect([...written].filter((code) => !ERROR_CODES.includes(code as never))).toEqual([]);
  });
});
