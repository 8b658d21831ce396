import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createOutbound } from '../channels/outbound.js';
import { createSlackApp } from '../channels/slack/app.js';
import { redisFirstSeen } from '../channels/slack/replay.js';
import { createLogger } from '../infra/logger.js';
import { createRedis } from '../infra/redis/connection.js';
import { cancelTicket } from '../domain/tickets/service.js';
import { createTestClient, createTestTicket, testPrisma } from '../../test/support/db.js';
import { startFakeSlack, type FakeSlack } from '../../test/support/fake-slack.js';
import { postgresFileStore } from '../domain/files/store.js';
import { createDesk, type Desk } from './desk.js';

const db = testPrisma();
const logger = createLogger({ level: 'silent', pretty: false });

describe('desk listener of client cancellations', () => {
  let slack: FakeSlack;
  let desk: Desk;
  const redis = createRedis(process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379');

  beforeAll(async () => {
    slack = await startFakeSlack();
    const app = createSlackApp({
      botToken: 'xoxb-test',
      signingSecret: 'desk-int-secret',
      apiUrl: slack.apiUrl,
      firstSeen: redisFirstSeen(redis, `${inject('redisPrefix')}${randomUUID()}:slack-seen:`),
      logger,
    });
    desk = createDesk({
      publish: async () => undefined,
      prisma: db,
      slack: app,
      outbound: createOutbound({}),
      channel: 'C0DESK',
      tz: 'Europe/Rome',
      lang: 'it',
      redis,
      queuePrefix: `${inject('redisPrefix')}${randomUUID()}`,
      logger,
      clock: () => new Date(),
      files: { store: postgresFileStore, download: app.downloadFile, maxBytes: 1024 * 1024 },
    });
    await desk.start();
  });
  afterAll(async () => {
    await desk?.stop();
    redis.disconnect();
    await slack?.close();
  });

  it('says so in the thread and closes the card', async () => {
    const client = await createTestClient(db);
    const ticket = await createTestTicket(db, client.id);
    await desk.ticketCreated(ticket.id);
    const card = await slack.waitForCall(
      'chat.postMessage',
      (c) => c.body.channel === 'C0DESK' && String(c.body.text).startsWith(`#${ticket.number} `),
    );
    expect(JSON.stringify(card.body.blocks)).toContain('desk:claim');
    let slackTs: string | null = null;
    while (!slackTs) {
      await new Promise((r) => setTimeout(r, 20));
      slackTs = (await db.ticket.findUniqueOrThrow({ where: { id: ticket.id } })).slackTs;
    }

    await cancelTicket(db, client.id, ticket.id, new Date());
    await desk.ticketCancelled(ticket.id);
    await slack.waitForCall(
      'chat.postMessage',
      (c) => c.body.thread_ts === slackTs && c.body.text === ':x: Il cliente ha annullato questa richiesta.',
    );
    const update = await slack.waitForCall('chat.update', (c) => c.body.ts === slackTs);
    expect(JSON.stringify(update.body.blocks)).toContain('Annullato dal cliente');
    expect(JSON.stringify(update.body.blocks)).not.toContain('desk:claim');
  });
});
