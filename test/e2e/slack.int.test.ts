import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { invitedClient, startDelego } from '../support/delego.js';
import {
  blockActionsPayload,
  interactionBody,
  messageEventEnvelope,
  postSigned,
  startFakeSlack,
  type FakeSlack,
} from '../support/fake-slack.js';
import { testPrisma } from '../support/db.js';

// Monday 23 November 2026, 10:00 in Rome.
const now = new Date('2026-11-23T10:00:00+01:00');
const secret = 'slack-signing-secret-e2e';

describe('Slack client DMs end to end (fake Web API, signed requests)', () => {
  let slack: FakeSlack;
  let app: Awaited<ReturnType<typeof startDelego>>;

  beforeAll(async () => {
    slack = await startFakeSlack();
    app = await startDelego(
      { SLACK_BOT_TOKEN: 'xoxb-e2e-token', SLACK_SIGNING_SECRET: secret, SLACK_API_URL: slack.apiUrl },
      now,
    );
  });
  afterAll(async () => {
    await app?.stop();
    await slack?.close();
  });

  /** A DM from `user` in channel `dm`; resolves with the bot's next answer in that DM. */
  async function dm(user: string, dmChannel: string, text: string, eventId?: string) {
    const before = slack.calls.filter((c) => c.method === 'chat.postMessage' && c.body.channel === dmChannel).length;
    const res = await postSigned(`${app.url}/slack/events`, secret, {
      json: messageEventEnvelope({ user, channel: dmChannel, text, ...(eventId ? { eventId } : {}) }),
    });
    expect(res.status).toBe(200);
    const replies = () => slack.calls.filter((c) => c.method === 'chat.postMessage' && c.body.channel === dmChannel);
    for (let i = 0; i < 200 && replies().length <= before; i++) await new Promise((r) => setTimeout(r, 10));
    return replies()[before]?.body as
      { text: string; blocks?: { type: string; elements?: { value: string }[] }[] } | undefined;
  }

  async function linked(lang: 'it' | 'en') {
    const { client, code } = await invitedClient(lang, now);
    const user = `U${randomUUID().slice(0, 8).toUpperCase()}`;
    const channel = `D${randomUUID().slice(0, 8).toUpperCase()}`;
    expect((await dm(user, channel, code))?.text).toContain(client.name);
    return { user, channel, client };
  }

  it('links a Slack user with an invite code sent in a DM, and refuses strangers', async () => {
    expect((await dm('UNKNOWN1', 'DUNKNOWN1', 'hello there'))?.text).toMatch(/invite code/);
    await linked('it');
  });

  it.each([
    [
      'it',
      "Ricordami venerdì alle 9 di pagare l'F24",
      /venerdì 27 novembre alle 9:00/,
      'Scrivi un post per Instagram sulla promozione di Natale',
      /richiesta #\d+/,
    ],
    [
      'en',
      'Remind me on Friday at 9 to pay the VAT',
      /Friday 27 November at 9:00/,
      'Write a LinkedIn post about our new office',
      /request #\d+/,
    ],
  ] as const)('runs the flows in %s with buttons', async (lang, reminder, reminderReply, task, taskReply) => {
    const { user, channel, client } = await linked(lang);
    const r = await dm(user, channel, reminder);
    expect(r?.text).toMatch(reminderReply);
    const buttons = r?.blocks?.find((b) => b.type === 'actions')?.elements ?? [];
    expect(buttons).toHaveLength(2);

    expect((await dm(user, channel, task))?.text).toMatch(taskReply);

    // Tapping "cancel" under the reminder.
    const res = await postSigned(
      `${app.url}/slack/events`,
      secret,
      interactionBody(blockActionsPayload({ actionId: 'dm:0:0', value: buttons[0]!.value, user, channel })),
    );
    expect(res.status).toBe(200);
    await slack.waitForCall(
      'chat.postMessage',
      (c) => c.body.channel === channel && /annullato|Cancelled/i.test(String(c.body.text)),
    );
    expect(await testPrisma().reminder.count({ where: { clientId: client.id, status: 'active' } })).toBe(0);
  });

  it('ignores a retried event with the same event id', async () => {
    const { user, channel, client } = await linked('it');
    const eventId = `Ev${randomUUID().slice(0, 10)}`;
    await dm(user, channel, 'Traduci il preventivo in tedesco', eventId);
    const again = await postSigned(
      `${app.url}/slack/events`,
      secret,
      { json: messageEventEnvelope({ user, channel, text: 'Traduci il preventivo in tedesco', eventId }) },
      { retryNum: 1 },
    );
    expect(again.status).toBe(200);
    expect(await testPrisma().ticket.count({ where: { clientId: client.id } })).toBe(1);
  });

  it('refuses a request with a bad signature', async () => {
    const res = await postSigned(
      `${app.url}/slack/events`,
      secret,
      { json: messageEventEnvelope({ text: 'ciao' }) },
      { signWith: 'not-the-secret' },
    );
    expect(res.status).toBe(401);
  });
});
