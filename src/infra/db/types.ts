import type { Prisma, PrismaClient } from '../../generated/prisma/client.js';
import { DependencyError } from '../../kernel/errors.js';

export type { PrismaClient };
/** Services accept either the client or an open transaction, so callers choose the boundary. */
export type Db = PrismaClient | Prisma.TransactionClient;

/** PostgreSQL SQLSTATE of a driver error wrapped by Prisma's adapter, when there is one. */
export function sqlState(err: unknown): string | undefined {
  let current: unknown = err;
  for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth++) {
    const c = current as {
      code?: unknown;
      originalCode?: unknown;
      meta?: { driverAdapterError?: { cause?: { originalCode?: unknown } } };
      cause?: unknown;
    };
    const code = c.meta?.driverAdapterError?.cause?.originalCode ?? c.originalCode;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
    current = c.cause;
  }
  return undefined;
}

/** Prisma's unique-constraint violation (P2002) or PostgreSQL's 23505. */
export function isUniqueViolation(err: unknown): boolean {
  return (
    (typeof err === 'object' && err !== null && (err as { code?: unknown }).code === 'P2002') ||
    sqlState(err) === '23505'
  );
}

export type Tx = Prisma.TransactionClient;

/**
 * Runs `fn` under a savepoint of the open transaction, so an expected constraint violation
 * (an overlapping booking) can be answered without aborting the whole transaction.
 */
export async function withSavepoint<T>(tx: Tx, fn: () => Promise<T>): Promise<T> {
  await tx.$executeRawUnsafe('SAVEPOINT delego_sp');
  try {
    const result = await fn();
    await tx.$executeRawUnsafe('RELEASE SAVEPOINT delego_sp');
    return result;
  } catch (err) {
    await tx.$executeRawUnsafe('ROLLBACK TO SAVEPOINT delego_sp');
    throw err;
  }
}

/**
 * Failures that mean "PostgreSQL cannot be reached now" rather than "this message is bad":
 * the driver adapter's connection kinds, Prisma's connection and transaction-start codes
 * (nothing was committed), SQLSTATE classes 08 (connection exception) and 57P (server shutting
 * down), and pg's own connect errors.
 */
export function isDatabaseUnreachable(err: unknown): boolean {
  for (let current = err, depth = 0; typeof current === 'object' && current !== null && depth < 5; depth++) {
    const e = current as {
      code?: unknown;
      message?: unknown;
      meta?: { driverAdapterError?: { cause?: { kind?: unknown } } };
      cause?: unknown;
    };
    const kind = e.meta?.driverAdapterError?.cause?.kind;
    if (
      typeof kind === 'string' &&
      ['DatabaseNotReachable', 'ConnectionClosed', 'SocketTimeout', 'TooManyConnections'].includes(kind)
    )
      return true;
    if (
      typeof e.code === 'string' &&
      ['P1001', 'P1002', 'P1017', 'P2024', 'P2028', 'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE'].includes(e.code)
    )
      return true;
    if (
      typeof e.message === 'string' &&
      /^(Connection terminated|timeout exceeded when trying to connect)/.test(e.message)
    )
      return true;
    current = e.cause;
  }
  const state = sqlState(err);
  return state !== undefined && (state.startsWith('08') || state.startsWith('57P') || state === '53300');
}

/** A failure that may pass by itself: PostgreSQL not answering, or a DependencyError (Redis, a remote API). */
export function isServiceUnavailable(err: unknown): boolean {
  return err instanceof DependencyError || isDatabaseUnreachable(err);
}

/**
 * Text for Prisma's contains / startsWith / endsWith, which become LIKE patterns: % and _ (and
 * the escape character itself) typed by someone are matched as themselves, not as wildcards.
 */
export function likeLiteral(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
