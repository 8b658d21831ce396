import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { createLogger } from '../infra/logger.js';
import { createRedis } from '../infra/redis/connection.js';
import { createTestClient, createTestTicket, testPrisma } from '../../test/support/db.js';
import { eventually } from '../../test/support/workers.js';
import { ValidationError } from '../kernel/errors.js';
import { createDeskQueue, type DeskJobHandlers } from './queue.js';

const db = testPrisma();
const logger = createLogger({ level: 'silent', pretty: false });

describe('the desk queue and the sweep for cards that never went', () => {
  const redis = createRedis(process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379');
  afterAll(() => redis.disconnect());

  it('retries a card whose post failed for a passing reason, and never one Slack refused', async () => {
    const client = await createTestClient(db);
    const [blip, refused] = [(await createTestTicket(db, client.id)).id, (await createTestTicket(db, client.id)).id];
    const attempts = new Map<string, number>();
    const posted: string[] = [];
    const noop = async () => undefined;
    const handlers: DeskJobHandlers = {
      card: async (ticketId) => {
        const attempt = (attempts.get(ticketId) ?? 0) + 1;
        attempts.set(ticketId, attempt);
        if (ticketId === refused) throw new ValidationError('Slack refused the request: invalid_blocks');
        // the first try meets a database that did not answer in time
        if (attempt === 1) throw new Error('Timed out fetching a new connection from the connection pool');
        posted.push(ticketId);
      },
      ...{ clientMessage: noop, rating: noop, cancelled: noop, refresh: noop, clientBooking: noop },
      ...{ files: noop, suggestion: noop },
    };
    const queue = createDeskQueue({
      ...{ connection: redis, prisma: db, handlers, logger, clock: () => new Date(), backoffMs: 50 },
      prefix: `${inject('redisPrefix')}${randomUUID()}`,
    });
    try {
      await queue.add({ kind: 'card', ticketId: refused });
      await queue.add({ kind: 'card', ticketId: blip });
      await queue.start();
      await eventually('the card posted on its second try', async () => posted.includes(blip), 20_000);
      expect(attempts.get(blip)).toBe(2);
      expect(attempts.get(refused)).toBe(1);
    } finally {
      await queue.stop();
    }
  });

  it("posts a new ticket's card before a backlog of older cardless tickets, and leaves a young one to its own job", async () => {
    const client = await createTestClient(db);
    const tenMinutesAgo = new Date(Date.now() - 10 * 60_000);
    const backlog: string[] = [];
    for (let i = 0; i < 30; i++) backlog.push((await createTestTicket(db, client.id, { createdAt: tenMinutesAgo })).id);
    // created a moment ago: its own card job is on its way, the sweep leaves it alone
    const young = (await createTestTicket(db, client.id)).id;
    const posted: string[] = [];
    const noop = async () => undefined;
    const handlers: DeskJobHandlers = {
      card: async (ticketId) => void posted.push(ticketId),
      ...{ clientMessage: noop, rating: noop, cancelled: noop, refresh: noop, clientBooking: noop },
      ...{ files: noop, suggestion: noop },
    };
    const queue = createDeskQueue({
      ...{ connection: redis, prisma: db, handlers, logger, clock: () => new Date() },
      prefix: `${inject('redisPrefix')}${randomUUID()}`,
    });
    try {
      // the backlog is queued (Slack was away, the jobs were lost) before the new request arrives
      expect(await queue.sweep()).toBeGreaterThanOrEqual(backlog.length);
      const fresh = (await createTestTicket(db, client.id)).id;
      await queue.add({ kind: 'card', ticketId: fresh });
      await queue.start();
      await eventually('the backlog posted', async () => backlog.every((id) => posted.includes(id)), 20_000);
      expect(posted[0]).toBe(fresh);
      expect(posted).not.toContain(young);
    } finally {
      await queue.stop();
    }
  });
});
