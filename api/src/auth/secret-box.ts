import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

// Credentials the server must read back (webhook signing secrets, later other kinds) are
// stored sealed with AES-256-GCM under the configured NPS_SECRETS_KEY: a copy of the
// database alone reveals none of them, and a changed byte fails to open.
//
// Sealed form: `v1.<iv>.<ciphertext>.<tag>`, each part base64url. The `context` (for example
// `webhook-secret:<workspace>:<id>`) is authenticated but not stored, so a sealed value moved
// to another record does not open there.

const ALGORITHM = 'aes-256-gcm';
const VERSION = 'v1';
// 96-bit random IVs, as GCM recommends; fine for far more than 2^32 seals under one key.
const IV_BYTES = 12;
// Pinned when opening: GCM would otherwise accept a truncated tag, which is easier to forge.
const TAG_BYTES = 16;

export class SecretBoxError extends Error {}

export interface SecretBox {
  seal(plaintext: string, context: string): string;
  /** Throws SecretBoxError when the value was not sealed by this key for this context. */
  open(sealed: string, context: string): string;
}

export function secretBox(key: Buffer): SecretBox {
  if (key.length !== 32) throw new RangeError('The secrets key must be 32 bytes');
  return {
    seal(plaintext, context) {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv(ALGORITHM, key, iv, { authTagLength: TAG_BYTES });
      cipher.setAAD(Buffer.from(context, 'utf8'));
      const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
      return [VERSION, iv, ciphertext, cipher.getAuthTag()]
        .map((part) => (typeof part === 'string' ? part : part.toString('base64url')))
        .join('.');
    },
    open(sealed, context) {
      const [version, iv, ciphertext, tag, ...rest] = sealed.split('.');
      if (version !== VERSION || iv === undefined || ciphertext === undefined || tag === undefined || rest.length) {
        throw new SecretBoxError('Not a sealed secret');
      }
      try {
        const decipher = createDecipheriv(ALGORITHM, key, Buffer.from(iv, 'base64url'), {
          authTagLength: TAG_BYTES,
        });
        decipher.setAAD(Buffer.from(context, 'utf8'));
        decipher.setAuthTag(Buffer.from(tag, 'base64url'));
        return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]).toString(
          'utf8',
        );
      } catch {
        throw new SecretBoxError('The sealed secret does not open with this key and context');
      }
    },
  };
}
