import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAdmin } from '../../../test/support/cli.js';
import { testPrisma, uniqueTag } from '../../../test/support/db.js';
import { invitedClient } from '../../../test/support/delego.js';
import { startFakeSlack, type FakeSlack } from '../../../test/support/fake-slack.js';
import { freePort } from '../../../test/support/net.js';
import { startApp, type RunningApp } from '../../../test/faults/app.js';
import { createMailbox, webChatKeyPrefix } from '../../channels/web/mailbox.js';
import { eraseClient } from './erase.js';
import { redisTraceCleaners } from '../../cli/erase-cleaners.js';
import { clearErasureTraces } from './erase-traces.js';
import { exportClientData } from './export.js';

const DESK = 'C0ERASEDESK';
const db = testPrisma();

/**
 * What an erasure must also reach outside PostgreSQL: the web chat screen (messages and files
 * in Redis) and the ticket cards on the Slack desk; and the rows of newer tables.
 */
describe('GDPR erasure beyond the database', () => {
  let slack: FakeSlack;
  let app: RunningApp;

  beforeAll(async () => {
    slack = await startFakeSlack();
    app = await startApp({
      env: {
        SLACK_BOT_TOKEN: 'xoxb-erase',
        SLACK_SIGNING_SECRET: 'erase-secret',
        SLACK_API_URL: slack.apiUrl,
        SLACK_DESK_CHANNEL: DESK,
        RATE_LIMIT_PER_MIN: '1000',
      },
    });
  });
  afterAll(async () => {
    await app?.stop();
    await slack?.close();
  });

  /** A client on the web chat with a ticket on the desk. */
  async function webClientWithTicket() {
    const { client, code } = await invitedClient('it', new Date());
    let cookie = '';
    const request = async (path: string, init: RequestInit = {}) => {
      const res = await fetch(`${app.url}${path}`, {
        ...init,
        redirect: 'manual',
        headers: { ...(cookie ? { cookie } : {}), ...(init.headers as Record<string, string> | undefined) },
      });
      const set = res.headers.getSetCookie().find((h) => h.startsWith('delego_session='));
      if (set) cookie = set.split(';')[0]!;
      return res;
    };
    const csrf = /<meta name="csrf-token" content="([^"]+)">/.exec(await (await request('/')).text())![1]!;
    expect(
      (
        await request('/access', {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: new URLSearchParams({ _csrf: csrf, code }).toString(),
        })
      ).status,
    ).toBe(303);
    const say = async (text: string) =>
      expect(
        (
          await request('/chat/messages', {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'x-csrf-token': csrf },
            body: JSON.stringify({ idempotencyKey: randomUUID(), text }),
          })
        ).status,
      ).toBe(200);
    const secret = `Ferraboschi${uniqueTag()}`;
    await say(`Traduci il contratto di locazione ${secret} in inglese entro venerdì`);
    const ticket = await db.ticket.findFirstOrThrow({ where: { clientId: client.id } });
    const card = await slack.waitForCall(
      'chat.postMessage',
      (c) =>
        c.body.channel === DESK && c.body.thread_ts === undefined && JSON.stringify(c.body.blocks).includes(secret),
      20_000,
    );
    expect(JSON.stringify(card.body.blocks)).toContain(client.name);
    await expect
      .poll(() => db.ticket.findUniqueOrThrow({ where: { id: ticket.id } }).then((t) => t.slackTs), { timeout: 20_000 })
      .not.toBeNull();
    return { client, ticket: await db.ticket.findUniqueOrThrow({ where: { id: ticket.id } }), secret, request };
  }

  it("empties the client's web chat screen and files, and redraws their desk cards without name or request", async () => {
    const { client, ticket, secret, request } = await webClientWithTicket();
    const webPrefix = webChatKeyPrefix(app.queuePrefix);
    // Submission keys (random idempotency keys that expire within a day) say nothing about the client.
    const keysOfChat = async (chatId: string) => [
      ...(await app.redis.keys(`${webPrefix}chat:${chatId}`)),
      ...(await app.redis.keys(`${webPrefix}file:${chatId}:*`)),
    ];
    const identity = await db.channelIdentity.findFirstOrThrow({ where: { clientId: client.id, channel: 'web' } });
    // A file on the screen, as the web sender stores one (e.g. a booking's .ics invitation).
    await createMailbox(app.redis, webPrefix, { retentionMs: 86_400_000, idleMs: 86_400_000 }).append(identity.chatId, {
      from: 'bot',
      text: 'invito',
      file: { name: 'invito.ics', mimeType: 'text/calendar', content: Buffer.from(`BEGIN:VCALENDAR ${secret}`) },
    });
    expect(await keysOfChat(identity.chatId)).toHaveLength(2);

    const report = await eraseClient(db, client.id, new Date());
    const cleaners = redisTraceCleaners({ redis: app.redis, webKeyPrefix: webPrefix, queuePrefix: app.queuePrefix });
    try {
      expect(await clearErasureTraces(report.traces, cleaners)).toEqual({ webChats: 1, deskCards: 1 });
    } finally {
      await cleaners.close();
    }

    expect(await keysOfChat(identity.chatId)).toEqual([]);
    // The browser is a stranger now: it sees the invite page, not the old conversation.
    expect(await (await request('/')).text()).not.toContain(secret);
    const redrawn = await slack.waitForCall(
      'chat.update',
      (c) => c.body.ts === ticket.slackTs && JSON.stringify(c.body.blocks).includes('Cliente cancellato'),
      20_000,
    );
    const shown = JSON.stringify(redrawn.body);
    expect(shown).not.toContain(client.name);
    expect(shown).not.toContain(secret);
    expect(shown).toContain(`#${ticket.number}`);
  });

  it('exports taken messages and morning briefings, and blanks the taken messages on erasure', async () => {
    const client = await db.client.create({ data: { name: `Studio ${uniqueTag()}` } });
    const caller = {
      callerName: `Avv. Neri ${uniqueTag()}`,
      callerPhone: '+39 333 1234567',
      body: `Richiamare per la causa ${uniqueTag()}`,
    };
    await db.takenMessage.create({ data: { clientId: client.id, ...caller, urgent: true } });
    await db.morningBriefing.create({ data: { clientId: client.id, day: new Date('2026-11-23'), sent: true } });

    const exported = await exportClientData(db, client.id, new Date());
    expect(exported.takenMessages).toEqual([expect.objectContaining({ ...caller, urgent: true, status: 'held' })]);
    expect(exported.morningBriefings).toEqual([expect.objectContaining({ day: new Date('2026-11-23'), sent: true })]);

    const report = await eraseClient(db, client.id, new Date());
    expect(report).toMatchObject({ takenMessagesBlanked: 1, traces: { webChats: [], deskCards: [] } });
    expect(await db.takenMessage.findMany({ where: { clientId: client.id } })).toEqual([
      expect.objectContaining({ callerName: null, callerPhone: null, body: null, urgent: true }),
    ]);
    const after = JSON.stringify(await exportClientData(db, client.id, new Date()));
    for (const value of Object.values(caller)) expect(after).not.toContain(value);
  });

  it('admin erase refuses, erasing nothing, while Redis cannot be reached to clear the web chat', async () => {
    const client = await db.client.create({ data: { name: `Studio ${uniqueTag()}` } });
    await db.channelIdentity.create({
      data: { clientId: client.id, channel: 'web', externalUserId: `web-${uniqueTag()}`, chatId: `web-${uniqueTag()}` },
    });
    const failed = await runAdmin(['erase', '--client', client.id], {
      env: { REDIS_URL: `redis://127.0.0.1:${await freePort()}`, LOG_LEVEL: 'silent' },
    });
    expect(failed.code).toBe(1);
    expect(failed.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/^admin: Redis does not answer at .*nothing was erased$/),
    ]);
    expect(await db.client.findUniqueOrThrow({ where: { id: client.id } })).toMatchObject({
      name: client.name,
      erasedAt: null,
    });
    expect(await db.channelIdentity.count({ where: { clientId: client.id } })).toBe(1);
  });
});
