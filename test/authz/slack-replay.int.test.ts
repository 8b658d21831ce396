import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDelego } from '../support/delego.js';
import { testPrisma, uniqueTag } from '../support/db.js';
import { createTelegramClient } from '../support/telegram-clients.js';
import {
  encodeSlackBody,
  interactionBody,
  signSlackRequest,
  slashCommandBody,
  startFakeSlack,
  viewSubmissionPayload,
  type FakeSlack,
  type SlackAppBody,
} from '../support/fake-slack.js';
import { startTelegramEmulator, type EmulatedUser, type TelegramEmulator } from '../support/telegram-emulator.js';

const now = new Date('2026-11-23T10:00:00+01:00');
const secret = 'slack-signing-secret-replay';
const db = testPrisma();
const QUIET_MS = 1000;

/**
 * An attacker who captured a signed Slack request (a proxy log, a misrouted copy) resends it
 * within its 5-minute window, or one signed with a timestamp ahead: each interaction acts once,
 * the copies are acknowledged and do nothing, and a timestamp in the future is refused.
 */
describe('resent and future-dated Slack requests', () => {
  let slack: FakeSlack;
  let telegram: TelegramEmulator;
  let app: Awaited<ReturnType<typeof startDelego>>;
  const assistant = { slackUserId: `UREPLAY${uniqueTag().toUpperCase()}`, name: 'Giulia Replay' };

  beforeAll(async () => {
    [slack, telegram] = await Promise.all([startFakeSlack(), startTelegramEmulator()]);
    await db.assistant.create({ data: { ...assistant, skills: ['call'] } });
    app = await startDelego(
      {
        TELEGRAM_BOT_TOKEN: telegram.token,
        TELEGRAM_API_ROOT: telegram.apiRoot,
        SLACK_BOT_TOKEN: 'xoxb-replay',
        SLACK_SIGNING_SECRET: secret,
        SLACK_API_URL: slack.apiUrl,
        SLACK_DESK_CHANNEL: 'C0DESKREPLAY',
      },
      now,
    );
  });
  afterAll(async () => {
    await app?.stop();
    await Promise.all([slack?.close(), telegram?.close()]);
  });

  /** One signed request, sent as often as asked with the very same bytes and headers. */
  function signed(body: SlackAppBody, timestamp = Math.floor(Date.now() / 1000)) {
    const { rawBody, contentType } = encodeSlackBody(body);
    const headers = { 'content-type': contentType, ...signSlackRequest(secret, rawBody, timestamp) };
    return () => fetch(`${app.url}/slack/events`, { method: 'POST', headers, body: rawBody });
  }

  async function telegramClient(): Promise<{ clientId: string; user: EmulatedUser }> {
    const { client, user } = await createTelegramClient(db, telegram);
    await db.conversation.create({ data: { clientId: client.id, channel: 'telegram', lastInboundAt: now } });
    return { clientId: client.id, user };
  }

  /** What the client received, after waiting for anything late. */
  async function receivedBy(user: EmulatedUser, expected: number) {
    const messages = await user.waitForReplies(expected, 20_000);
    await new Promise((r) => setTimeout(r, QUIET_MS));
    return [...messages, ...user.unreadReplies()];
  }

  function takeMessageSubmission(clientId: string, fields: { caller: string; phone?: string }) {
    return viewSubmissionPayload({
      callbackId: 'delego_take_message',
      user: assistant.slackUserId,
      values: {
        client: {
          delego_take_message_client: {
            type: 'external_select',
            selected_option: { text: { type: 'plain_text', text: 'Studio' }, value: clientId },
          },
        },
        caller: { value: { type: 'plain_text_input', value: fields.caller } },
        phone: { value: { type: 'plain_text_input', value: fields.phone ?? null } },
        body: { value: { type: 'plain_text_input', value: 'Richiamare per il preventivo' } },
        urgent: { value: { type: 'checkboxes', selected_options: [] } },
      },
    });
  }

  it('asks the client once when the Ask client submission is resent 3 times', async () => {
    const { clientId, user } = await telegramClient();
    const { id: assigneeId } = await db.assistant.findUniqueOrThrow({ where: { slackUserId: assistant.slackUserId } });
    const ticket = await db.ticket.create({
      data: {
        clientId,
        summary: 'Traduzione contratto',
        details: 'Traduci il contratto in inglese',
        category: 'translation',
        status: 'claimed',
        assigneeId,
        claimedAt: now,
      },
    });
    const submit = signed(
      interactionBody(
        viewSubmissionPayload({
          callbackId: 'desk:ask-modal',
          privateMetadata: ticket.id,
          user: assistant.slackUserId,
          values: { question: { value: { type: 'plain_text_input', value: 'Servono anche gli allegati?' } } },
        }),
      ),
    );

    const answers = [await submit(), await submit(), await submit()];

    expect(answers.map((a) => a.status)).toEqual([200, 200, 200]);
    const received = await receivedBy(user, 1);
    expect(received.map((m) => m.text)).toEqual([
      `Servono anche gli allegati?\n\n— Giulia, richiesta #${ticket.number}`,
    ]);
  });

  it('takes the message once when the Take a message submission is resent 3 times', async () => {
    const { clientId, user } = await telegramClient();
    const submit = signed(interactionBody(takeMessageSubmission(clientId, { caller: 'Anna Verdi' })));

    const answers = [await submit(), await submit(), await submit()];

    expect(answers.map((a) => a.status)).toEqual([200, 200, 200]);
    const received = await receivedBy(user, 1);
    expect(received).toHaveLength(1);
    expect(received[0]!.text).toContain('Anna Verdi');
    expect(await db.takenMessage.count({ where: { clientId } })).toBe(1);
  });

  it('takes a submission corrected after an error under a field (same view, new trigger)', async () => {
    const { clientId, user } = await telegramClient();
    const wrong = takeMessageSubmission(clientId, { caller: 'Paolo Neri', phone: 'chiamami' });
    const refused = await signed(interactionBody(wrong))();
    expect(await refused.json()).toMatchObject({ response_action: 'errors', errors: { phone: expect.any(String) } });

    const corrected = takeMessageSubmission(clientId, { caller: 'Paolo Neri', phone: '+39 333 1234567' });
    const { id, hash } = wrong.view as { id: string; hash: string };
    corrected.view = { ...(corrected.view as object), id, hash };
    expect((await signed(interactionBody(corrected))()).status).toBe(200);

    expect((await receivedBy(user, 1))[0]!.text).toContain('Paolo Neri');
    expect(await db.takenMessage.count({ where: { clientId } })).toBe(1);
  });

  it('answers a resent /delego with an empty acknowledgement', async () => {
    const command = signed(slashCommandBody({ command: '/delego', user: assistant.slackUserId }));
    const first = await command();
    expect(await first.json()).toMatchObject({
      response_type: 'ephemeral',
      text: expect.stringContaining('I tuoi ticket'),
    });
    const again = await command();
    expect(again.status).toBe(200);
    expect(await again.text()).toBe('');
  });

  it('refuses a request whose timestamp is more than 5 minutes ahead, and does nothing with it', async () => {
    const { clientId, user } = await telegramClient();
    const inSeconds = (s: number) => Math.floor(Date.now() / 1000) + s;
    const ahead = signed(interactionBody(takeMessageSubmission(clientId, { caller: 'Dal futuro' })), inSeconds(360));
    expect((await ahead()).status).toBe(401);
    const stale = signed(interactionBody(takeMessageSubmission(clientId, { caller: 'Dal passato' })), inSeconds(-360));
    expect((await stale()).status).toBe(401);
    await new Promise((r) => setTimeout(r, QUIET_MS));
    expect(user.unreadReplies()).toEqual([]);
    expect(await db.takenMessage.count({ where: { clientId } })).toBe(0);

    // A clock a little ahead of ours is still within the window.
    const slightly = signed(interactionBody(takeMessageSubmission(clientId, { caller: 'Quasi ora' })), inSeconds(60));
    expect((await slightly()).status).toBe(200);
    expect((await receivedBy(user, 1))[0]!.text).toContain('Quasi ora');
  });
});
