import { webApi } from '@slack/bolt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOutbound } from '../../channels/outbound.js';
import { DependencyError } from '../../kernel/errors.js';
import { createLogger } from '../../infra/logger.js';
import {
  createTestAssistant,
  createTestClient,
  createTestTicket,
  testPrisma,
  uniqueTag,
} from '../../../test/support/db.js';
import { startFakeSlack, type FakeSlack } from '../../../test/support/fake-slack.js';
import { postgresFileStore } from '../../domain/files/store.js';
import { createCards } from './desk-channel.js';
import { createClientMessenger } from '../acts/client-messenger.js';
import { createDeskNotifier } from './nudges.js';
import { deskTexts } from '../../i18n/desk-catalog.js';

const texts = deskTexts('it');

const db = testPrisma();
const now = new Date('2026-11-23T09:00:00Z');

const logger = createLogger({ level: 'silent', pretty: false });

describe('desk nudges from the follow-ups', () => {
  let slack: FakeSlack;
  let notifier: ReturnType<typeof createDeskNotifier>;

  beforeAll(async () => {
    slack = await startFakeSlack();
    const client = new webApi.WebClient('xoxb-test', { slackApiUrl: slack.apiUrl, retryConfig: { retries: 0 } });
    const store = postgresFileStore;
    const cards = createCards({
      prisma: db,
      client,
      channel: 'C0DESK',
      clock: () => now,
      tz: 'Europe/Rome',
      texts,
      logger,
      store,
    });
    notifier = createDeskNotifier({
      prisma: db,
      cards,
      sendToClient: createClientMessenger({ prisma: db, outbound: createOutbound({}), logger }),
      clock: () => now,
      logger,
      texts,
      publish: async () => undefined,
      files: { store, download: () => Promise.reject(new Error('no Slack files here')), maxBytes: 1024 },
    });
  });
  afterAll(() => slack?.close());

  async function postedTicket(overrides: Parameters<typeof createTestTicket>[2] = {}) {
    const client = await createTestClient(db);
    return createTestTicket(db, client.id, {
      slackChannel: 'C0DESK',
      slackTs: `${Date.now()}.${uniqueTag().slice(0, 6)}`,
      ...overrides,
    });
  }
  const threadPost = (ts: string) => slack.waitForCall('chat.postMessage', (c) => c.body.thread_ts === ts);

  it('calls the fitting assistants to an unclaimed ticket in the channel, and redraws the card', async () => {
    const [anna, bruno] = await Promise.all([
      createTestAssistant(db, { name: 'Anna' }),
      createTestAssistant(db, { name: 'Bruno', active: false }),
    ]);
    const ticket = await postedTicket();
    await notifier.nudgeUnclaimed(ticket.id, [anna.id, bruno.id]);
    const post = await threadPost(ticket.slackTs!);
    expect(post.body.text).toBe(
      `:bell: #${ticket.number} non è ancora preso in carico. <@${anna.slackUserId}>, rientra nelle vostre competenze.`,
    );
    expect(post.body.reply_broadcast).toBe('true');
    await slack.waitForCall('chat.update', (c) => c.body.ts === ticket.slackTs);
  });

  it('nudges from inside a follow-up holding the ticket row, without waiting for that very lock', async () => {
    const anna = await createTestAssistant(db, { name: 'Anna' });
    const ticket = await postedTicket();
    // the follow-up's shape: the row locked, the desk told, the marker written, then the commit
    await db.$transaction(
      async (tx) => {
        await tx.$queryRaw`SELECT id FROM tickets WHERE id = ${ticket.id}::uuid FOR UPDATE`;
        await notifier.nudgeUnclaimed(ticket.id, [anna.id]);
        await tx.ticketEvent.create({ data: { ticketId: ticket.id, kind: 'nudged', actor: 'system' } });
      },
      { timeout: 20_000 },
    );
    await threadPost(ticket.slackTs!);
    await slack.waitForCall('chat.update', (c) => c.body.ts === ticket.slackTs);
  });

  it('reminds the assignee of the deadline, in the thread only, with a readable local fallback', async () => {
    const giulia = await createTestAssistant(db);
    const ticket = await postedTicket({
      status: 'claimed',
      assigneeId: giulia.id,
      dueAt: new Date('2026-11-24T08:00:00Z'),
    });
    await notifier.nudgeAssignee(ticket.id);
    const post = await threadPost(ticket.slackTs!);
    expect(post.body.text).toBe(
      `:alarm_clock: <@${giulia.slackUserId}> #${ticket.number} scade <!date^1795507200^{date_short_pretty} {time}|mar 24 nov 2026 09:00>.`,
    );
    expect(post.body.reply_broadcast).toBe('false');
  });

  it('escalates an overdue ticket to the whole channel', async () => {
    const ticket = await postedTicket({ due: new Date('2026-11-20T00:00:00Z') });
    await notifier.escalateOverdue(ticket.id);
    const post = await threadPost(ticket.slackTs!);
    expect(post.body.text).toBe(
      `:rotating_light: #${ticket.number} ha superato la scadenza e nessuno lo ha in carico.`,
    );
    expect(post.body.reply_broadcast).toBe('true');
  });

  it('fails, to be retried, while the ticket has no card', async () => {
    const client = await createTestClient(db);
    const ticket = await createTestTicket(db, client.id);
    await expect(notifier.escalateOverdue(ticket.id)).rejects.toBeInstanceOf(DependencyError);
  });
});
