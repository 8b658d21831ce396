import { expect } from 'vitest';
import { invitedClient, startDelego } from './delego.js';
import { messageEventEnvelope, postSigned, startFakeSlack, type FakeSlack } from './fake-slack.js';
import { eventually } from './workers.js';
import { QUEUE_DESK } from '../../src/desk/queue.js';
import { startTelegramEmulator, type EmulatedUser, type TelegramEmulator } from './telegram-emulator.js';
import { testPrisma, uniqueTag } from './db.js';

/**
 * On a fixed clock, a client reads each answer before writing again: every message or tap sent
 * through `say`/`press` (or after `pause`) comes this long after the one before, so messages a
 * person sends one by one are never taken for a burst ("ecco" and a file sent together).
 */
const READING_PAUSE_MS = 20_000;

/**
 * Delego with a Telegram client side (emulated Bot API) and a Slack desk (fake Web API) where
 * Giulia, an assistant, writes in ticket threads: the stage for conversations between a client,
 * the bot and an assistant.
 */
export async function startDeskChat(
  now: Date | (() => Date),
  secret: string,
  desk: string,
  env: Record<string, string> = {},
) {
  const db = testPrisma();
  const slack: FakeSlack = await startFakeSlack();
  const telegram: TelegramEmulator = await startTelegramEmulator();
  // Telegram user ids and update ids are keys in the shared database: far from other files'.
  let nextUser = 700_000_000 + Math.floor(Math.random() * 100_000_000);
  (telegram.server as unknown as { updateId: number }).updateId = nextUser;
  const giulia = { slackUserId: `UGIULIA${uniqueTag().toUpperCase()}`, name: 'Giulia Bianchi' };
  const giuliaId = (await db.assistant.create({ data: { ...giulia, skills: ['translation'] } })).id;
  let fixedMs = typeof now === 'function' ? undefined : now.getTime();
  const at = () => (typeof now === 'function' ? now() : new Date(fixedMs!));
  const pause = () => {
    if (fixedMs !== undefined) fixedMs += READING_PAUSE_MS;
  };
  const app = await startDelego(
    {
      TELEGRAM_BOT_TOKEN: telegram.token,
      TELEGRAM_API_ROOT: telegram.apiRoot,
      SLACK_BOT_TOKEN: 'xoxb-conversation',
      SLACK_SIGNING_SECRET: secret,
      SLACK_API_URL: slack.apiUrl,
      SLACK_DESK_CHANNEL: desk,
      ...env,
    },
    at,
  );

  /** Giulia claims the ticket and writes in its thread (the client's channel gets her words) */
  async function giuliaWrites(ticket: { id: string }, ts: string, text: string) {
    await db.ticket.update({ where: { id: ticket.id }, data: { status: 'claimed', assigneeId: giuliaId } });
    await postSigned(`${app.url}/slack/events`, secret, {
      json: messageEventEnvelope({
        user: giulia.slackUserId,
        channel: desk,
        channelType: 'channel',
        text,
        threadTs: ts,
      }),
    });
  }
  const say = async (user: EmulatedUser, text: string) => {
    pause();
    await user.sendText(text);
    return (await user.waitForReplies(1, 20_000))[0]!;
  };
  return {
    app,
    slack,
    telegram,
    giuliaId,
    /** Giulia's Slack user id, for her button presses and modal submissions */
    giuliaSlackId: giulia.slackUserId,
    say,
    async linked(lang: 'it' | 'en') {
      const { client, code } = await invitedClient(lang, at());
      const user = telegram.user({ userId: nextUser++, firstName: 'Mario', languageCode: lang });
      await user.sendCommand(`/start ${code}`);
      await user.waitForReplies(1, 20_000);
      return { client, user };
    },
    /** the client takes a moment before writing again (a fixed clock only), for messages not sent with `say` */
    pause,
    async press(user: EmulatedUser, reply: { messageId: number }, data: string) {
      pause();
      await user.pressButton(data, reply.messageId);
      return (await user.waitForReplies(1, 20_000))[0]!;
    },
    /** the desk's post in a ticket's thread carrying these words */
    threadPost: (ts: string, text: string) =>
      slack.waitForCall(
        'chat.postMessage',
        (c) => c.body.channel === desk && c.body.thread_ts === ts && String(c.body.text).includes(text),
        20_000,
      ),
    /** the ticket's Slack card, once posted (a first post that failed is retried with backoff, 1+2+4+8 s) */
    cardOf: async (ticketId: string) =>
      (await eventually(
        'the card',
        () => db.ticket.findUnique({ where: { id: ticketId } }).then((t) => t?.slackTs),
        45_000,
      ).catch(async (err: unknown) => {
        throw new Error(`${String(err)}; ${await whyNoCard(app, slack, ticketId)}`);
      }))!,
    giuliaWrites,
    /** Giulia claims the ticket and writes in its thread; the Telegram client gets her words */
    async giuliaAsks(user: EmulatedUser, ticket: { id: string }, ts: string, question: string) {
      await giuliaWrites(ticket, ts, question);
      expect((await user.waitForReplies(1, 20_000))[0]!.text).toContain(question);
    },
    async stop() {
      await app.stop();
      await slack.close();
      await telegram.close();
    },
  };
}
export type DeskChat = Awaited<ReturnType<typeof startDeskChat>>;

/** What a late card's test failure says: where its job is, and what the desk's queue and Slack saw. */
async function whyNoCard(app: Awaited<ReturnType<typeof startDelego>>, slack: FakeSlack, ticketId: string) {
  const queue = app.delego.queues.find((q) => q.name === QUEUE_DESK);
  const job = await queue?.getJob(`card-${ticketId}`);
  const state = job ? await job.getState() : 'no job';
  const counts = await queue?.getJobCounts();
  const posts = slack.calls.filter((call) => call.method === 'chat.postMessage').length;
  return `card job: ${state}${job?.failedReason ? ` (${job.failedReason})` : ''}, attempts ${job?.attemptsMade ?? 0}; desk queue ${JSON.stringify(counts)}; ${posts} chat.postMessage calls`;
}
