import { createOutbound } from '../../src/channels/outbound.js';
import { postgresFileStore } from '../../src/domain/files/store.js';
import type { IntakeDeps } from '../../src/domain/mailbox/intake.js';
import type { PrismaClient } from '../../src/infra/db/types.js';
import { createLogger } from '../../src/infra/logger.js';

/**
 * The intake of a mailbox worker in the lease tests (in the test process and in the spawned
 * worker alike): the real database and file store, a chat and desk that hear nothing, the wall
 * clock, logs only when MAIL_WORKER_LOG asks for them.
 */
export function quietIntake(prisma: PrismaClient): IntakeDeps {
  return {
    prisma,
    outbound: createOutbound({ telegram: { send: async () => ({}) } }),
    clock: () => new Date(),
    logger: createLogger({ level: process.env.MAIL_WORKER_LOG ?? 'silent', pretty: false }),
    files: { store: postgresFileStore, maxBytes: 10 * 1024 * 1024 },
    releaseAt: async () => undefined,
    publish: async () => undefined,
    deskLang: 'it',
  };
}
