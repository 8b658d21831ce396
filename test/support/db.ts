import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';
import { createPrisma } from '../../src/infra/db/client.js';
import { createScratchDatabase as createDatabaseOn } from '../../src/infra/db/scratch.js';
import type {
  Assistant,
  Client,
  Conversation,
  Prisma,
  PrismaClient,
  Ticket,
} from '../../src/generated/prisma/client.js';

let prisma: PrismaClient | undefined;

/**
 * The Prisma client of this test run's database (test/global-setup.ts), one per worker.
 * Tests share the database, so each creates the rows it needs with the factories below and
 * finds them by id; never assume a table is empty.
 */
export function testPrisma(): PrismaClient {
  prisma ??= createPrisma(inject('databaseUrl'), { poolMax: 5 });
  return prisma;
}

/**
 * An empty database on the test server, for tests of migrations themselves. Named like the
 * run's database, so test/global-setup.ts drops it if the test dies before drop().
 */
export function createScratchDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  return createDatabaseOn(inject('databaseUrl'), 'delego_test');
}

/** A short random tag for names and external ids, so parallel tests never collide. */
export function uniqueTag(): string {
  return randomBytes(5).toString('hex');
}

export function createTestClient(
  db: PrismaClient,
  overrides: Partial<Prisma.ClientUncheckedCreateInput> = {},
): Promise<Client> {
  return db.client.create({ data: { name: `Test client ${uniqueTag()}`, ...overrides } });
}

export function createTestAssistant(
  db: PrismaClient,
  overrides: Partial<Prisma.AssistantUncheckedCreateInput> = {},
): Promise<Assistant> {
  return db.assistant.create({
    data: { slackUserId: `UTEST${uniqueTag().toUpperCase()}`, name: 'Test assistant', ...overrides },
  });
}

export function createTestConversation(
  db: PrismaClient,
  clientId: string,
  overrides: Partial<Prisma.ConversationUncheckedCreateInput> = {},
): Promise<Conversation> {
  return db.conversation.create({ data: { clientId, channel: 'telegram', ...overrides } });
}

export function createTestTicket(
  db: PrismaClient,
  clientId: string,
  overrides: Partial<Prisma.TicketUncheckedCreateInput> = {},
): Promise<Ticket> {
  return db.ticket.create({
    data: { clientId, summary: 'Test ticket', details: 'Test ticket details', category: 'other', ...overrides },
  });
}
