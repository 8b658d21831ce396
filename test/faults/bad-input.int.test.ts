import { randomInt, randomUUID } from 'node:crypto';
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createInvite } from '../../src/domain/access/invites.js';
import { testPrisma } from '../support/db.js';
import {
  messageEventEnvelope,
  postSigned,
  signSlackRequest,
  startFakeSlack,
  type FakeSlack,
} from '../support/fake-slack.js';
import { startTelegramEmulator, type EmulatedUser, type TelegramEmulator } from '../support/telegram-emulator.js';
import { startApp, webhookSecret, type RunningApp } from './app.js';

const slackSecret = 'slack-signing-secret-bad-input';

/** A POST on a connection of its own, so the one the server drops is not reused by the next requests. */
function postOnOwnConnection(url: string, body: string): Promise<number | 'closed'> {
  return new Promise((resolve) => {
    const req = request(
      url,
      {
        method: 'POST',
        agent: false,
        headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': webhookSecret },
      },
      (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      },
    );
    req.on('error', () => resolve('closed'));
    req.end(body);
  });
}

/** Input a client (or someone else) should not send: the answer is clear and nothing breaks. */
describe('bad input end to end (Telegram webhook, Slack events)', () => {
  let emulator: TelegramEmulator;
  let slack: FakeSlack;
  let app: RunningApp;

  beforeAll(async () => {
    emulator = await startTelegramEmulator();
    slack = await startFakeSlack();
    app = await startApp({
      env: {
        TELEGRAM_BOT_TOKEN: emulator.token,
        TELEGRAM_API_ROOT: emulator.apiRoot,
        SLACK_BOT_TOKEN: 'xoxb-bad-input',
        SLACK_SIGNING_SECRET: slackSecret,
        SLACK_API_URL: slack.apiUrl,
        RATE_LIMIT_PER_MIN: '4',
        MAX_ATTACHMENT_MB: '1',
      },
      webhook: true,
    });
  });
  afterAll(async () => {
    await app?.stop();
    await slack?.close();
    await emulator?.close();
  });

  async function linkedUser(lang: 'it' | 'en') {
    const client = await testPrisma().client.create({ data: { name: `Studio ${randomInt(1e9)}`, lang } });
    const invite = await createInvite(testPrisma(), client.id, new Date());
    const user = emulator.user({ userId: randomInt(1e6, 1e9), languageCode: lang });
    await user.sendCommand(`/start ${invite.code}`);
    expect((await user.waitForReplies(1, 20_000))[0]!.text).toContain(client.name);
    return { client, user };
  }

  const say = async (user: EmulatedUser, text: string) => {
    expect((await user.sendText(text)).webhookStatus).toBe(200);
    return (await user.waitForReplies(1, 20_000))[0]!.text;
  };

  const noMoreReplies = async (user: EmulatedUser) => {
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(user.unreadReplies()).toEqual([]);
  };

  it('answers 4xx to webhook bodies that are not Telegram updates, and keeps serving', async () => {
    const post = (body: string, contentType = 'application/json') =>
      fetch(`${app.url}/telegram/webhook`, {
        method: 'POST',
        headers: { 'content-type': contentType, 'x-telegram-bot-api-secret-token': webhookSecret },
        body,
      });
    expect((await post('{"update_id": 1, "message": {')).status).toBe(400);
    expect((await post('[1, 2, 3]')).status).toBe(400);
    expect((await post('{"update_id": "one"}')).status).toBe(400);
    expect((await post('')).status).toBe(400);
    expect((await post('update_id=5', 'application/x-www-form-urlencoded')).status).toBe(400);
    // Refused while still arriving: the sender sees 413, or the connection closed under its upload.
    expect([413, 'closed']).toContain(
      await postOnOwnConnection(
        `${app.url}/telegram/webhook`,
        JSON.stringify({ update_id: 2, padding: 'x'.repeat(2 * 1024 * 1024) }),
      ),
    );
    // A message Delego cannot read (a location) still gets an answer rather than a failure.
    const { user } = await linkedUser('it');
    expect((await user.sendMessage({ location: { latitude: 45.46, longitude: 9.19 } })).webhookStatus).toBe(200);
    expect((await user.waitForReplies(1, 20_000))[0]!.text).toMatch(/non ho capito/i);
    expect(await say(user, 'Ricordami domani alle 9 di chiamare Rossi')).toMatch(/te lo ricordo/);
  });

  it('answers 400 to a malformed Slack event and keeps serving', async () => {
    const raw = '{"type":"event_callback","event":';
    const res = await fetch(`${app.url}/slack/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...signSlackRequest(slackSecret, raw) },
      body: raw,
    });
    expect(res.status).toBe(400);
    const ok = await postSigned(`${app.url}/slack/events`, slackSecret, {
      json: messageEventEnvelope({
        user: `U${randomUUID().slice(0, 8).toUpperCase()}`,
        channel: 'D0BADINPUT',
        text: 'hello',
      }),
    });
    expect(ok.status).toBe(200);
    await expect
      .poll(() => slack.calls.filter((c) => c.method === 'chat.postMessage' && c.body.channel === 'D0BADINPUT').length)
      .toBe(1);
  });

  it.each([
    ['it', "Ricordami il 31 febbraio di pagare l'affitto", 'Prenota il dentista domani alle 25'],
    ['en', 'Remind me on 30 February at 9 to pay the rent', 'Book the dentist tomorrow at 25:00'],
  ] as const)(
    'asks back about dates that do not exist (%s), and saves nothing until it gets one',
    async (lang, reminder, booking) => {
      const { client, user } = await linkedUser(lang);
      expect(await say(user, reminder)).toMatch(/\?/);
      expect(await say(user, booking)).toMatch(/\?/);
      expect(await testPrisma().reminder.count({ where: { clientId: client.id } })).toBe(0);
      expect(await testPrisma().booking.count({ where: { clientId: client.id } })).toBe(0);
      expect(await say(user, lang === 'it' ? 'venerdì alle 10' : 'Friday at 10')).toMatch(/10:00/);
    },
  );

  it('refuses a file over the size limit and keeps nothing of it; a smaller one is accepted', async () => {
    const { client, user } = await linkedUser('it');
    await user.sendDocument({
      fileName: 'scansione.pdf',
      mimeType: 'application/pdf',
      sizeBytes: 3 * 1024 * 1024,
      caption: 'Traduci questo documento in inglese',
    });
    expect((await user.waitForReplies(1, 20_000))[0]!.text).toMatch(/supera i 1 MB.*non l'ho salvato/);
    expect(await testPrisma().attachment.count({ where: { clientId: client.id } })).toBe(0);
    expect(await testPrisma().ticket.count({ where: { clientId: client.id } })).toBe(0);

    await user.sendDocument({
      fileName: 'lettera.pdf',
      mimeType: 'application/pdf',
      sizeBytes: 300 * 1024,
      caption: 'Traduci questo documento in inglese',
    });
    expect((await user.waitForReplies(1, 20_000))[0]!.text).toMatch(/richiesta #\d+/);
    expect(await testPrisma().attachment.count({ where: { clientId: client.id } })).toBe(1);
  });

  it.each([
    ['it', 'Ricordami domani alle 18 di chiamare il fornitore', 'cosa ho domani?', /più in fretta/],
    ['en', 'Remind me tomorrow at 18:00 to call the supplier', 'what do I have tomorrow?', /faster than I can follow/],
  ] as const)(
    "answers a flood once in the client's language (%s), then drops it unprocessed",
    async (lang, reminder, agenda, refusal) => {
      const { client, user } = await linkedUser(lang);
      const other = await linkedUser(lang);
      expect(await say(user, reminder)).toMatch(/18:00/);
      for (let i = 2; i <= 4; i++) expect(await say(user, agenda)).toMatch(/18:00/);
      expect(await say(user, reminder)).toMatch(refusal);
      for (let i = 6; i <= 8; i++) expect((await user.sendText(reminder)).webhookStatus).toBe(200);
      await noMoreReplies(user);

      expect(await testPrisma().reminder.count({ where: { clientId: client.id } })).toBe(1);
      expect(await testPrisma().message.count({ where: { clientId: client.id, direction: 'inbound' } })).toBe(4);
      // The limit is per client: someone else is not slowed down.
      expect(await say(other.user, agenda)).not.toMatch(refusal);
    },
  );
});
