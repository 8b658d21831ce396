import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';
import { createPrisma } from '../../src/infra/db/client.js';
import { withDatabaseName } from '../../src/infra/db/database-url.js';
import type {
  Assistant,
  Client,
  Conversation,
  Prisma,
  PrismaClient,
  Ticket,
} from '../../src/generated/prisma/client.js';
import { createTestServer, databaseName, testAdminUrl, workerDatabaseName } from './test-server.js';

let prisma: PrismaClient | undefined;

const templateName = (): string => databaseName(inject('templateDatabaseUrl'));
const testServer = () => createTestServer(testAdminUrl());

/**
 * The database of this test worker: a copy of the run's migrated template (test/global-setup.ts)
 * made by test/support/worker-database.ts before the worker's first file. Files that run at the
 * same time never see each other's rows; files that follow one another on a worker do, so each
 * test creates the rows it needs with the factories below and finds them by id.
 */
export function testDatabaseUrl(): string {
  return withDatabaseName(inject('templateDatabaseUrl'), workerDatabaseName(templateName()));
}

/**
 * The Prisma client of this worker's database, one per worker (files share it). Every app a file
 * starts shares it too (two apps with their workers, mail watchers and desk queues in some files):
 * under a loaded machine a query may wait for a connection longer than production's 5 s, and that
 * wait is not what the tests are about.
 */
export function testPrisma(): PrismaClient {
  prisma ??= createPrisma(testDatabaseUrl(), { poolMax: 10, connectTimeoutMs: 30_000 });
  return prisma;
}

/**
 * A database of the test's own, as the run's databases are named, so the run's teardown drops it
 * if the test dies before drop(): empty (for tests of migrations themselves) or, with
 * `migrated`, a copy of the migrated template.
 */
export async function createScratchDatabase(
  options: { migrated?: boolean } = {},
): Promise<{ url: string; drop(): Promise<void> }> {
  const server = testServer();
  const name = `${templateName()}_s${randomBytes(5).toString('hex')}`;
  if (options.migrated) await server.cloneDatabase(templateName(), name);
  else await server.createEmptyDatabase(name);
  return {
    url: withDatabaseName(inject('templateDatabaseUrl'), name),
    drop: () => server.dropDatabase(name),
  };
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
