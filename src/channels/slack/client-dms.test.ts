import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  blockActionsPayload,
  FAKE_BOT_ID,
  FAKE_BOT_USER_ID,
  interactionBody,
  messageEventEnvelope,
  postSigned,
  signSlackRequest,
  startFakeSlack,
  type FakeSlack,
} from '../../../test/support/fake-slack.js';
import { DependencyError } from '../../kernel/errors.js';
import { createLogger } from '../../infra/logger.js';
import type { InboundMessage } from '../../kernel/messaging.js';
import { createSlackApp, slackEventsPath, type SlackApp } from './app.js';
import { registerClientDms } from './client-dms.js';
import { createSlackSender } from './sender.js';

const signingSecret = 'test-signing-secret';
const logger = createLogger({ level: 'silent', pretty: false });
/** Replays are tested against Redis (test/authz/slack-replay.int.test.ts); here every interaction is new. */
const everyInteractionNew = async () => true;
const ackBudgetMs = 300;

let fake: FakeSlack;
let slack: SlackApp;
let server: Server;
let eventsUrl: string;
let received: InboundMessage[];
/** what the pipeline does with each message; replies with buttons unless a test says otherwise */
let behaviour: (msg: InboundMessage) => Promise<void>;

beforeAll(async () => {
  fake = await startFakeSlack();
  slack = createSlackApp({
    botToken: 'xoxb-test',
    signingSecret,
    apiUrl: fake.apiUrl,
    firstSeen: everyInteractionNew,
    logger,
  });
  const sender = createSlackSender(slack.app.client);
  registerClientDms(slack, {
    logger,
    ackBudgetMs,
    handle: async (msg) => {
      received.push(msg);
      await behaviour(msg);
    },
  });
  await slack.start();

  const web = express();
  if (!slack.router) throw new Error('HTTP mode has a router');
  web.use(slack.router);
  server = web.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  eventsUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}${slackEventsPath}`;

  behaviour = async (msg) => {
    await sender.send(msg.chatId, {
      text: 'Fissato: dentista <giovedì> alle 10 & poi?',
      buttons: [[{ label: 'Annulla', data: 'cancel:42' }]],
    });
  };
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await fake.close();
});

beforeEach(() => {
  received = [];
  fake.calls.length = 0;
});

const postEvent = (envelope: Record<string, unknown>, retryNum?: number) =>
  postSigned(eventsUrl, signingSecret, { json: envelope }, retryNum === undefined ? {} : { retryNum });

describe('client DMs over HTTP', () => {
  it('turns a DM into an InboundMessage and the reply, with its buttons, reaches the same DM', async () => {
    const envelope = messageEventEnvelope({
      text: 'Prenota il dentista giovedì &amp; venerdì, dettagli <https://example.it/x|qui>',
      user: 'U0MARIO',
      channel: 'D0MARIO',
      eventId: 'Ev0001',
    });

    const res = await postEvent(envelope);

    expect(res.status).toBe(200);
    expect(received).toHaveLength(1);
    const event = envelope.event as { ts: string };
    expect(received[0]).toMatchObject({
      channel: 'slack',
      idempotencyKey: 'slack:Ev0001',
      externalUserId: 'U0MARIO',
      chatId: 'D0MARIO',
      text: 'Prenota il dentista giovedì & venerdì, dettagli qui (https://example.it/x)',
      attachments: [],
      externalMessageId: event.ts,
    });
    expect(received[0]?.replyToExternalMessageId).toBeUndefined();
    expect(received[0]?.receivedAt.getTime()).toBe(Math.round(Number(event.ts) * 1000));

    const reply = await fake.waitForCall('chat.postMessage');
    expect(reply.token).toBe('xoxb-test');
    expect(reply.body).toMatchObject({
      channel: 'D0MARIO',
      text: 'Fissato: dentista &lt;giovedì&gt; alle 10 &amp; poi?',
      blocks: [
        { type: 'section', text: { type: 'mrkdwn', text: 'Fissato: dentista &lt;giovedì&gt; alle 10 &amp; poi?' } },
        {
          type: 'actions',
          elements: [
            { type: 'button', action_id: 'dm:0:0', text: { type: 'plain_text', text: 'Annulla' }, value: 'cancel:42' },
          ],
        },
      ],
    });
  });

  it('gives a redelivery of the same event the same idempotency key', async () => {
    const envelope = messageEventEnvelope({ text: 'ricordami domani alle 9', eventId: 'Ev0002' });

    expect((await postEvent(envelope)).status).toBe(200);
    expect((await postEvent(envelope, 1)).status).toBe(200);

    expect(received.map((m) => m.idempotencyKey)).toEqual(['slack:Ev0002', 'slack:Ev0002']);
  });

  it('answers 401 to a request signed with another secret, and handles nothing', async () => {
    const res = await postSigned(
      eventsUrl,
      signingSecret,
      { json: messageEventEnvelope({ text: 'ciao' }) },
      { signWith: 'not-the-secret' },
    );

    expect(res.status).toBe(401);
    expect(received).toEqual([]);
  });

  it('answers 401 to a correctly signed request older than five minutes (a replay)', async () => {
    const res = await postSigned(
      eventsUrl,
      signingSecret,
      { json: messageEventEnvelope({ text: 'ciao' }) },
      { timestamp: Math.floor(Date.now() / 1000) - 600 },
    );

    expect(res.status).toBe(401);
    expect(received).toEqual([]);
  });

  it("answers Slack's URL verification with its challenge (needed to save the Request URL)", async () => {
    const res = await postSigned(eventsUrl, signingSecret, {
      json: { type: 'url_verification', token: 'x', challenge: 'c-123' },
    });

    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ challenge: 'c-123' });
  });

  it('answers 400 to a malformed body and keeps serving', async () => {
    const raw = '{"type":"event_callback",';
    const res = await fetch(eventsUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...signSlackRequest(signingSecret, raw) },
      body: raw,
    });

    expect(res.status).toBe(400);
    expect((await postEvent(messageEventEnvelope({ text: 'ancora qui?' }))).status).toBe(200);
    expect(received.map((m) => m.text)).toEqual(['ancora qui?']);
  });

  it("ignores the bot's own messages, other bots, edits and channel messages", async () => {
    const own = messageEventEnvelope({ text: 'Fissato.', user: FAKE_BOT_USER_ID, botId: FAKE_BOT_ID });
    const otherBot = messageEventEnvelope({ text: 'Build passed', user: 'U0CIBOT', botId: 'B0CIBOT' });
    const edit = messageEventEnvelope({ subtype: 'message_changed' });
    const inChannel = messageEventEnvelope({ text: 'ciao a tutti', channel: 'C0GENERAL', channelType: 'channel' });

    for (const envelope of [own, otherBot, edit, inChannel]) expect((await postEvent(envelope)).status).toBe(200);

    expect(received).toEqual([]);
    expect(fake.calls.filter((c) => c.method === 'chat.postMessage')).toEqual([]);
  });

  it('turns a button press into an InboundMessage with its action', async () => {
    const payload = blockActionsPayload({
      actionId: 'dm:0:1',
      value: 'cancel:42',
      user: 'U0MARIO',
      channel: 'D0MARIO',
      messageTs: '1700000000.000100',
      actionTs: '1700000005.123456',
    });

    const res = await postSigned(eventsUrl, signingSecret, interactionBody(payload));

    expect(res.status).toBe(200);
    expect(received).toHaveLength(1);
    expect(received[0]).toMatchObject({
      channel: 'slack',
      idempotencyKey: 'slack:act:1700000000.000100:1700000005.123456',
      externalUserId: 'U0MARIO',
      chatId: 'D0MARIO',
      action: { data: 'cancel:42' },
      text: '',
    });
  });

  it('answers 503 while PostgreSQL is down, so Slack redelivers, then accepts the redelivery', async () => {
    const envelope = messageEventEnvelope({ text: 'sposta il dentista', eventId: 'Ev0003' });
    behaviourOnce(async () => {
      throw new DependencyError('PostgreSQL is unreachable');
    });

    const first = await postEvent(envelope);
    const redelivery = await postEvent(envelope, 1);

    expect(first.status).toBe(503);
    expect(redelivery.status).toBe(200);
    expect(received.map((m) => m.idempotencyKey)).toEqual(['slack:Ev0003', 'slack:Ev0003']);
  });

  it('answers 200 when handling fails for any other reason (a redelivery would fail the same way)', async () => {
    behaviourOnce(async () => {
      throw new Error('bug');
    });

    const res = await postEvent(messageEventEnvelope({ text: 'ciao' }));

    expect(res.status).toBe(200);
    expect(received).toHaveLength(1);
  });

  it('answers Slack within the budget when handling is slow, and handling still completes', async () => {
    let finished = false;
    behaviourOnce(async () => {
      await new Promise((resolve) => setTimeout(resolve, ackBudgetMs * 3));
      finished = true;
    });

    const started = Date.now();
    const res = await postEvent(messageEventEnvelope({ text: 'un messaggio lento' }));
    const elapsed = Date.now() - started;

    expect(res.status).toBe(200);
    expect(elapsed).toBeLessThan(ackBudgetMs * 2);
    expect(finished).toBe(false);
    await expect.poll(() => finished, { timeout: 2_000 }).toBe(true);
  });
});

/** Replaces the pipeline's behaviour for the next message only. */
function behaviourOnce(next: (msg: InboundMessage) => Promise<void>): void {
  const usual = behaviour;
  behaviour = async (msg) => {
    behaviour = usual;
    await next(msg);
  };
}
