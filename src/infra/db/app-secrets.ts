import { randomBytes } from 'node:crypto';
import type { PrismaClient } from './types.js';

/**
 * A secret the server makes for itself when none is configured: the first process to ask
 * stores 32 random bytes under `name`, and every process on the same database reads the same
 * ones. The answer is kept once read; a failed read (the database not answering) is asked again
 * next time.
 */
export function appSecret(prisma: PrismaClient, name: string): () => Promise<Buffer> {
  let kept: Buffer | undefined;
  return async () => {
    if (kept) return kept;
    await prisma.appSecret.createMany({
      data: [{ name, value: randomBytes(32).toString('base64url') }],
      skipDuplicates: true,
    });
    const row = await prisma.appSecret.findUniqueOrThrow({ where: { name }, select: { value: true } });
    kept = Buffer.from(row.value, 'base64url');
    return kept;
  };
}

/** The configured secret when there is one, else the one the server keeps in the database. */
export function configuredOrStoredSecret(
  configured: string | undefined,
  prisma: PrismaClient,
  name: string,
): () => Promise<Buffer> {
  if (configured === undefined) return appSecret(prisma, name);
  const secret = Buffer.from(configured);
  return () => Promise.resolve(secret);
}
