import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { invitedClient, startDelego } from '../support/delego.js';
import {
  blockActionsPayload,
  interactionBody,
  messageEventEnvelope,
  postSigned,
  startFakeSlack,
  type FakeSlack,
  type FakeSlackCall,
} from '../support/fake-slack.js';
import { eventually } from '../support/workers.js';
import { startTelegramEmulator, type EmulatedUser, type TelegramEmulator } from '../support/telegram-emulator.js';
import { testPrisma, uniqueTag } from '../support/db.js';

// Tuesday 24 November 2026, 15:20 in Rome.
const now = new Date('2026-11-24T15:20:00+01:00');
const secret = 'slack-signing-secret-time-log';
const DESK = 'C0DESKTIME';
const db = testPrisma();
// Telegram user ids are identities in the shared database: other test files must not reuse them.
let nextTelegramUser = 620_000_000 + Math.floor(Math.random() * 50_000_000);

describe('an assistant logs time from the ticket thread with "// 30 min" (fake Slack, Telegram client)', () => {
  let slack: FakeSlack;
  let telegram: TelegramEmulator;
  let app: Awaited<ReturnType<typeof startDelego>>;
  const tag = uniqueTag().toUpperCase();
  const giulia = { slackUserId: `UGIUT${tag}`, name: 'Giulia Bianchi' };
  const marco = { slackUserId: `UMART${tag}`, name: 'Marco Neri' };
  let replyCount = 0;
  const nextTs = () => `${Math.floor(now.getTime() / 1000) + 100 + replyCount++}.${tag.length}00001`;

  beforeAll(async () => {
    slack = await startFakeSlack();
    telegram = await startTelegramEmulator();
    (telegram.server as unknown as { updateId: number }).updateId = nextTelegramUser;
    await db.assistant.createMany({
      data: [
        { ...giulia, skills: ['writing'] },
        { ...marco, skills: ['writing'] },
      ],
    });
    app = await startDelego(
      {
        TELEGRAM_BOT_TOKEN: telegram.token,
        TELEGRAM_API_ROOT: telegram.apiRoot,
        SLACK_BOT_TOKEN: 'xoxb-time-token',
        SLACK_SIGNING_SECRET: secret,
        SLACK_API_URL: slack.apiUrl,
        SLACK_DESK_CHANNEL: DESK,
      },
      now,
    );
  });
  afterAll(async () => {
    await app?.stop();
    await slack?.close();
    await telegram?.close();
  });

  const post = (body: Parameters<typeof postSigned>[2], retryNum?: number) =>
    postSigned(`${app.url}/slack/events`, secret, body, retryNum === undefined ? undefined : { retryNum });
  const threadReply = (user: string, threadTs: string, text: string, ts: string, retryNum?: number) =>
    post({ json: messageEventEnvelope({ user, channel: DESK, channelType: 'channel', text, threadTs, ts }) }, retryNum);
  const waitFor = (method: string, predicate: (call: FakeSlackCall) => boolean) =>
    slack.waitForCall(method, predicate, 20_000);
  const ephemeralTo = (user: string, ts: string, text: string) =>
    waitFor(
      'chat.postEphemeral',
      (c) => c.body.user === user && c.body.thread_ts === ts && String(c.body.text).includes(text),
    );
  const replies = (user: EmulatedUser, count = 1) => user.waitForReplies(count, 20_000);

  /** A client with a 10-hour package whose request Giulia claimed. */
  async function claimedTicket() {
    const { client, code } = await invitedClient('it', now);
    await db.client.update({ where: { id: client.id }, data: { hoursPackageMinutes: 600, hoursBalanceMinutes: 600 } });
    const user = telegram.user({ userId: nextTelegramUser++, firstName: 'Lucia', languageCode: 'it' });
    await user.sendCommand(`/start ${code}`);
    await replies(user);
    await user.sendText('Scrivi una lettera di reclamo al fornitore della luce entro giovedì');
    await replies(user);
    const ticket = await db.ticket.findFirstOrThrow({ where: { clientId: client.id } });
    const ts = (await eventually(
      'the card',
      () => db.ticket.findUnique({ where: { id: ticket.id } }).then((t) => t?.slackTs),
      20_000,
    ))!;
    const claim = blockActionsPayload({
      actionId: 'desk:claim',
      value: ticket.id,
      user: giulia.slackUserId,
      channel: DESK,
      messageTs: ts,
    });
    await post(interactionBody(claim));
    await replies(user);
    return { client, user, ticket, ts };
  }

  it('logs the time on the clock, tells only the assistant, updates the card, and the client hears nothing', async () => {
    const { client, user, ticket, ts } = await claimedTicket();
    const logTs = nextTs();
    expect((await threadReply(giulia.slackUserId, ts, '// 30 min', logTs)).status).toBe(200);
    const confirmation = await ephemeralTo(giulia.slackUserId, ts, 'Registrati 30 min');
    expect(confirmation.body.text).toContain('Il cliente non riceve nulla');
    expect(confirmation.body.text).toContain('9 h 30 min su 10 h');
    await waitFor('chat.update', (c) => c.body.ts === ts && JSON.stringify(c.body.blocks).includes('30 min'));
    // Slack redelivers the same message: the time is logged once.
    await threadReply(giulia.slackUserId, ts, '// 30 min', logTs, 1);
    // Marco helped too: he logs his own time although Giulia holds the ticket.
    await threadReply(marco.slackUserId, ts, '//1h 15', nextTs());
    await ephemeralTo(marco.slackUserId, ts, 'totale 1 h 45 min');
    const entries = await db.timeEntry.findMany({ where: { ticketId: ticket.id }, orderBy: { minutes: 'asc' } });
    expect(entries.map((e) => [e.minutes, e.createdAt.toISOString()])).toEqual([
      [30, now.toISOString()],
      [75, now.toISOString()],
    ]);
    expect((await db.client.findUniqueOrThrow({ where: { id: client.id } })).hoursBalanceMinutes).toBe(600 - 105);
    expect(await db.ticket.findUniqueOrThrow({ where: { id: ticket.id } })).toMatchObject({ status: 'claimed' });
    await new Promise((r) => setTimeout(r, 500));
    expect(user.unreadReplies()).toHaveLength(0);
    expect(await db.ticketEvent.count({ where: { ticketId: ticket.id, kind: 'internal_note' } })).toBe(0);
  });

  it('keeps anything more than a duration as before: unmarked to the client, marked as a note', async () => {
    const { user, ticket, ts } = await claimedTicket();
    await threadReply(giulia.slackUserId, ts, '30 min', nextTs());
    const [relayed] = await replies(user);
    expect(relayed!.text).toBe(`30 min\n\n— Giulia, richiesta #${ticket.number}`);
    await threadReply(giulia.slackUserId, ts, '// 30 minuti di telefonata con il fornitore', nextTs());
    await eventually(
      'the internal note',
      () => db.ticketEvent.count({ where: { ticketId: ticket.id, kind: 'internal_note' } }),
      20_000,
    );
    expect(await db.timeEntry.count({ where: { ticketId: ticket.id } })).toBe(0);
    expect(user.unreadReplies()).toHaveLength(0);
  });
});
