import { randomBytes } from 'node:crypto';
import { secretBox, SecretBoxError } from './secret-box';

const box = secretBox(randomBytes(32));
const CONTEXT = 'webhook-secret:acme:1';

describe('secretBox', () => {
  test('successful-seal-opens-with-the-same-key-and-context', () => {
    const sealed = box.seal('whsec_c2VjcmV0', CONTEXT);
    expect(sealed).toMatch(/^v1\.[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(sealed).not.toContain('c2VjcmV0');
    expect(box.open(sealed, CONTEXT)).toBe('whsec_c2VjcmV0');
  });

  test('successful-seals-of-one-secret-differ', () => {
    expect(box.seal('same', CONTEXT)).not.toBe(box.seal('same', CONTEXT));
  });

  test('failing-open-with-another-key', () => {
    const sealed = box.seal('secret', CONTEXT);
    expect(() => secretBox(randomBytes(32)).open(sealed, CONTEXT)).toThrow(SecretBoxError);
  });

  test('failing-open-in-another-context', () => {
    const sealed = box.seal('secret', CONTEXT);
    expect(() => box.open(sealed, 'webhook-secret:other:1')).toThrow(SecretBoxError);
  });

  test.each([
    ['a changed ciphertext', (parts: string[]) => [parts[0], parts[1], flipFirst(parts[2]), parts[3]]],
    ['a truncated tag', (parts: string[]) => [parts[0], parts[1], parts[2], parts[3]?.slice(0, 6)]],
    ['a changed version', (parts: string[]) => ['v2', ...parts.slice(1)]],
    ['a missing part', (parts: string[]) => parts.slice(0, 3)],
  ])('failing-open-of-%s', (_case, tamper) => {
    const sealed = box.seal('secret', CONTEXT);
    expect(() => box.open(tamper(sealed.split('.')).join('.'), CONTEXT)).toThrow(SecretBoxError);
  });

  test('failing-key-of-the-wrong-length', () => {
    expect(() => secretBox(randomBytes(16))).toThrow(RangeError);
  });
});

function flipFirst(base64url: string | undefined): string {
  const bytes = Buffer.from(base64url ?? '', 'base64url');
  bytes[0] = (bytes[0] ?? 0) ^ 1;
  return bytes.toString('base64url');
}
