import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { ConfigError } from '../../kernel/errors.js';

const VERSION = 'v1';
const b64 = (bytes: Buffer): string => bytes.toString('base64url');

/**
 * Seals and opens the clients' mailbox credentials with AES-256-GCM under MAILBOX_KEY. `bound`
 * (the client id) is authenticated with the ciphertext, so a sealed secret copied onto another
 * client's row does not open.
 */
export interface SecretBox {
  seal(plaintext: string, bound: string): string;
  open(sealed: string, bound: string): string;
}

export function createSecretBox(key: Buffer): SecretBox {
  if (key.length !== 32) throw new ConfigError('MAILBOX_KEY: expected 32 bytes');
  return {
    seal(plaintext, bound) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      cipher.setAAD(Buffer.from(bound, 'utf8'));
      const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
      return [VERSION, b64(iv), b64(cipher.getAuthTag()), b64(body)].join('.');
    },
    open(sealed, bound) {
      const [version, iv, tag, body] = sealed.split('.');
      if (version !== VERSION || !iv || !tag || body === undefined)
        throw new ConfigError('a mailbox secret is not in a known format');
      const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
      decipher.setAAD(Buffer.from(bound, 'utf8'));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      try {
        return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
      } catch {
        throw new ConfigError('a mailbox secret does not open with MAILBOX_KEY (was the key changed?)');
      }
    },
  };
}
