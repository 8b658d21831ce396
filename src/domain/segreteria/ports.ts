import type { Outbound } from '../../kernel/messaging.js';
import type { PrismaClient } from '../../infra/db/types.js';
import type { Logger } from '../../infra/logger.js';

/**
 * What the secretary's work needs from the outside, passed in by the composition root: the
 * database, the way to the client, the clock, the job that releases held messages, the desk.
 */
export interface SegreteriaPort {
  /** makes sure the client's held messages and status are looked at again at `at` (a delayed job) */
  releaseAt(clientId: string, at: Date): Promise<void>;
  /** the client's status changed: the desk redraws the cards of their open tickets */
  statusChanged(clientId: string): Promise<void>;
}

export interface SegreteriaDeps extends SegreteriaPort {
  prisma: PrismaClient;
  outbound: Outbound;
  clock: () => Date;
  logger: Logger;
}
