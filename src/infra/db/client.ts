import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../../generated/prisma/client.js';
import { assertDatabaseUrl, databaseUnavailable } from './database-url.js';

export interface PrismaOptions {
  /** Connections in the pool (default 10). Keep it small for the embedded database. */
  poolMax?: number;
  /** How long a query waits for a new connection before failing (default 5000 ms). */
  connectTimeoutMs?: number;
}

/**
 * Prisma 7 talks to PostgreSQL through the `pg` driver adapter: no native query engine.
 * Creating the client does not connect; the first query does (see connectPrisma).
 */
export function createPrisma(databaseUrl: string, options: PrismaOptions = {}): PrismaClient {
  assertDatabaseUrl(databaseUrl);
  const adapter = new PrismaPg({
    connectionString: databaseUrl,
    max: options.poolMax ?? 10,
    connectionTimeoutMillis: options.connectTimeoutMs ?? 5000,
  });
  // minimal: no call site captured (a stack trace) on every query, a few percent of a message's
  // CPU; errors keep Prisma's reason, without the code frame of the call.
  return new PrismaClient({ adapter, errorFormat: 'minimal' });
}

/** createPrisma, then SELECT 1: a database that does not answer is a one-line DependencyError. */
export async function connectPrisma(
  databaseUrl: string,
  options: PrismaOptions & { timeoutMs?: number } = {},
): Promise<PrismaClient> {
  const prisma = createPrisma(databaseUrl, options);
  try {
    await selectOne(prisma, options.timeoutMs ?? 5000);
    return prisma;
  } catch (err) {
    await prisma.$disconnect().catch(() => undefined);
    throw databaseUnavailable(databaseUrl, err);
  }
}

/** Health probe: true when PostgreSQL answers SELECT 1 within timeoutMs. Never throws. */
export async function checkDatabase(prisma: PrismaClient, timeoutMs = 1000): Promise<boolean> {
  try {
    await selectOne(prisma, timeoutMs);
    return true;
  } catch {
    return false;
  }
}

async function selectOne(prisma: PrismaClient, timeoutMs: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    await Promise.race([prisma.$queryRaw`SELECT 1`, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
