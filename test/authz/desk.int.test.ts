import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestTicket, testPrisma, uniqueTag } from '../support/db.js';
import { invitedClient, startDelego } from '../support/delego.js';
import {
  blockActionsPayload,
  blockSuggestionPayload,
  interactionBody,
  messageEventEnvelope,
  postSigned,
  slashCommandBody,
  startFakeSlack,
  viewSubmissionPayload,
  type FakeSlack,
  type FakeSlackCall,
} from '../support/fake-slack.js';
import { startTelegramEmulator, type EmulatedUser, type TelegramEmulator } from '../support/telegram-emulator.js';

// Monday 23 November 2026, 10:00 in Rome.
const now = new Date('2026-11-23T10:00:00+01:00');
const secret = 'slack-signing-secret-authz-desk';
const DESK = 'C0AUTHZDESK';
const db = testPrisma();
let nextTelegramUser = 800_000_000 + Math.floor(Math.random() * 100_000_000);
const refusal = /Solo le assistenti attive di Delego/;

/**
 * The desk as an attacker would try it: a Slack user of the workspace who is no assistant, and
 * an assistant who was switched off after claiming a ticket, press buttons, submit forged
 * modals, write in a card's thread and run /delego. Each rule: a private refusal, no change to
 * the ticket, nothing reaches the client. The booking buttons and modals and the take-a-message
 * shortcut are tried the same way. (Claim by both, a thread reply by an unknown user and /delego
 * by an inactive assistant are in test/e2e/desk.int.test.ts.)
 */
describe('only active assistants act on the desk', () => {
  let slack: FakeSlack;
  let telegram: TelegramEmulator;
  let app: Awaited<ReturnType<typeof startDelego>>;
  const tag = uniqueTag().toUpperCase();
  const giulia = { slackUserId: `UGIULIA${tag}`, name: 'Giulia Attiva' };
  const paola = { slackUserId: `UPAOLA${tag}`, name: 'Paola Disattivata' };
  const stranger = `USTRANGER${tag}`;
  let paolaId = '';
  let client: { id: string; user: EmulatedUser };
  let cardTs = 0;

  beforeAll(async () => {
    slack = await startFakeSlack();
    telegram = await startTelegramEmulator();
    await db.assistant.create({ data: giulia });
    paolaId = (await db.assistant.create({ data: paola })).id;
    app = await startDelego(
      {
        TELEGRAM_BOT_TOKEN: telegram.token,
        TELEGRAM_API_ROOT: telegram.apiRoot,
        SLACK_BOT_TOKEN: 'xoxb-authz-desk',
        SLACK_SIGNING_SECRET: secret,
        SLACK_API_URL: slack.apiUrl,
        SLACK_DESK_CHANNEL: DESK,
      },
      now,
    );
    const { client: row, code } = await invitedClient('it', now);
    const user = telegram.user({ userId: nextTelegramUser++, languageCode: 'it' });
    await user.sendCommand(`/start ${code}`);
    await user.waitForReplies(1, 20_000);
    // A first message opens the conversation the desk reaches the client on.
    await user.sendText('grazie');
    await user.waitForReplies(1, 20_000);
    client = { id: row.id, user };
  }, 60_000);
  afterAll(async () => {
    await app?.stop();
    await slack?.close();
    await telegram?.close();
  });

  /** A ticket of the client with its card in the desk; claimed by Paola, who is then switched off. */
  async function ticketHeldByDeactivated() {
    await db.assistant.update({ where: { id: paolaId }, data: { active: true } });
    // Card timestamps are unique per channel in the shared database.
    const slackTs = `${Math.floor(Date.now() / 1000) + 1000 * ++cardTs}.${uniqueTag().replace(/\D/g, '').padEnd(6, '7').slice(0, 6)}`;
    const ticket = await createTestTicket(db, client.id, {
      status: 'claimed',
      assigneeId: paolaId,
      claimedAt: now,
      slackChannel: DESK,
      slackTs,
    });
    await db.assistant.update({ where: { id: paolaId }, data: { active: false } });
    return ticket;
  }

  /** The ticket, its events and time entries: what any desk act would change. */
  const ticketState = async (id: string) => ({
    ticket: await db.ticket.findUniqueOrThrow({ where: { id } }),
    events: await db.ticketEvent.findMany({ where: { ticketId: id } }),
    time: await db.timeEntry.findMany({ where: { ticketId: id } }),
  });

  const post = (body: Parameters<typeof postSigned>[2]) => postSigned(`${app.url}/slack/events`, secret, body);
  const press = (action: string, ticketId: string, user: string, messageTs: string) =>
    post(
      interactionBody(
        blockActionsPayload({ actionId: `desk:${action}`, value: ticketId, user, channel: DESK, messageTs }),
      ),
    );
  const refusedPrivately = (user: string) =>
    slack.waitForCall(
      'chat.postEphemeral',
      (c: FakeSlackCall) => c.body.user === user && refusal.test(String(c.body.text)),
      20_000,
    );
  const callsSince = (method: string, from: number) => slack.calls.slice(from).filter((c) => c.method === method);

  /** Lets the app finish whatever a refused request might still have set off. */
  const settle = () => new Promise((r) => setTimeout(r, 300));

  it.each([
    ['an unknown Slack user', () => stranger],
    ['a deactivated assistant, on the ticket they hold', () => paola.slackUserId],
  ])('Release by %s is refused and the ticket stays held', async (_who, user) => {
    const ticket = await ticketHeldByDeactivated();
    const before = await ticketState(ticket.id);
    slack.reset();
    expect((await press('release', ticket.id, user(), ticket.slackTs!)).status).toBe(200);
    await refusedPrivately(user());
    await settle();
    expect(await ticketState(ticket.id)).toEqual(before);
    // nothing said in the ticket's thread (follow-ups of other tickets may post in the channel meanwhile)
    expect(callsSince('chat.postMessage', 0).filter((c) => c.body.thread_ts === ticket.slackTs)).toEqual([]);
  });

  it.each([
    ['done', 'an unknown Slack user', () => stranger],
    ['ask', 'an unknown Slack user', () => stranger],
    ['done', 'a deactivated assistant', () => paola.slackUserId],
    ['ask', 'a deactivated assistant', () => paola.slackUserId],
  ])('the %s button pressed by %s opens no modal', async (action, _who, user) => {
    const ticket = await ticketHeldByDeactivated();
    slack.reset();
    await press(action, ticket.id, user(), ticket.slackTs!);
    await refusedPrivately(user());
    expect(callsSince('views.open', 0)).toEqual([]);
  });

  it.each([
    ['an unknown Slack user', () => stranger],
    ['a deactivated assistant, on the ticket they hold', () => paola.slackUserId],
  ])(
    'a forged Done modal submitted by %s closes nothing, logs no time and tells the client nothing',
    async (_who, user) => {
      const ticket = await ticketHeldByDeactivated();
      const before = await ticketState(ticket.id);
      const balance = (await db.client.findUniqueOrThrow({ where: { id: client.id } })).hoursBalanceMinutes;
      const res = await post(
        interactionBody(
          viewSubmissionPayload({
            callbackId: 'desk:done-modal',
            privateMetadata: ticket.id,
            user: user(),
            values: {
              minutes: { value: { type: 'number_input', value: '600' } },
              outcome: { value: { type: 'plain_text_input', value: 'Fatto, ti mando la fattura' } },
            },
          }),
        ),
      );
      const answer = (await res.json()) as { response_action: string; errors: Record<string, string> };
      expect(answer.response_action).toBe('errors');
      expect(Object.values(answer.errors).join(' ')).toMatch(refusal);
      await settle();
      expect(await ticketState(ticket.id)).toEqual(before);
      expect((await db.client.findUniqueOrThrow({ where: { id: client.id } })).hoursBalanceMinutes).toBe(balance);
      expect(client.user.unreadReplies()).toEqual([]);
    },
  );

  it.each([
    ['an unknown Slack user', () => stranger],
    ['a deactivated assistant, on the ticket they hold', () => paola.slackUserId],
  ])(
    'a forged Ask-client modal submitted by %s sends no question and does not make the ticket wait',
    async (_who, user) => {
      const ticket = await ticketHeldByDeactivated();
      const before = await ticketState(ticket.id);
      const res = await post(
        interactionBody(
          viewSubmissionPayload({
            callbackId: 'desk:ask-modal',
            privateMetadata: ticket.id,
            user: user(),
            values: { question: { value: { type: 'plain_text_input', value: 'Mi mandi il PIN della carta?' } } },
          }),
        ),
      );
      const answer = (await res.json()) as { response_action: string; errors: Record<string, string> };
      expect(answer.response_action).toBe('errors');
      expect(Object.values(answer.errors).join(' ')).toMatch(refusal);
      await settle();
      expect(await ticketState(ticket.id)).toEqual(before);
      expect(client.user.unreadReplies()).toEqual([]);
    },
  );

  it.each([
    [
      'Done',
      'desk:done-modal',
      {
        minutes: { value: { type: 'number_input', value: '30' } },
        outcome: { value: { type: 'plain_text_input', value: 'Chiuso da me' } },
      },
    ],
    [
      'Ask-client',
      'desk:ask-modal',
      { question: { value: { type: 'plain_text_input', value: 'Mi giri la password?' } } },
    ],
  ])(
    'a forged %s modal from an active assistant who does not hold the ticket is refused',
    async (_name, callbackId, values) => {
      const ticket = await ticketHeldByDeactivated();
      const before = await ticketState(ticket.id);
      const res = await post(
        interactionBody(
          viewSubmissionPayload({ callbackId, privateMetadata: ticket.id, user: giulia.slackUserId, values }),
        ),
      );
      const answer = (await res.json()) as { response_action: string; errors: Record<string, string> };
      expect(answer.response_action).toBe('errors');
      expect(Object.values(answer.errors).join(' ')).toContain(paola.name);
      await settle();
      expect(await ticketState(ticket.id)).toEqual(before);
      expect(client.user.unreadReplies()).toEqual([]);
    },
  );

  it("a reply in the card's thread by a deactivated assistant does not reach the client", async () => {
    const ticket = await ticketHeldByDeactivated();
    const before = await ticketState(ticket.id);
    slack.reset();
    await post({
      json: messageEventEnvelope({
        user: paola.slackUserId,
        channel: DESK,
        channelType: 'channel',
        text: 'Ciao, mi confermi il tuo IBAN?',
        threadTs: ticket.slackTs!,
      }),
    });
    await refusedPrivately(paola.slackUserId);
    await settle();
    expect(client.user.unreadReplies()).toEqual([]);
    expect(await ticketState(ticket.id)).toEqual(before);
  });

  /** A booking request of the client waiting on the desk, with its card. */
  async function bookingRequest() {
    const ticket = await ticketHeldByDeactivated();
    await db.ticket.update({
      where: { id: ticket.id },
      data: { category: 'booking', status: 'open', assigneeId: null, claimedAt: null },
    });
    const booking = await db.booking.create({
      data: {
        clientId: client.id,
        title: 'Cena da Gino',
        withWhom: 'Ristorante Da Gino',
        status: 'requested',
        changedAt: now,
        ticketId: ticket.id,
      },
    });
    return { ticket, booking };
  }
  const bookingState = async (id: string) => {
    const booking = await db.booking.findUniqueOrThrow({ where: { id } });
    return { booking, ticket: await ticketState(booking.ticketId!) };
  };

  it.each([
    ['confirm', 'an unknown Slack user', () => stranger],
    ['cancel', 'an unknown Slack user', () => stranger],
    ['propose', 'a deactivated assistant', () => paola.slackUserId],
    ['cancel', 'a deactivated assistant', () => paola.slackUserId],
  ])('the booking %s button pressed by %s changes nothing and opens no modal', async (action, _who, user) => {
    const { ticket, booking } = await bookingRequest();
    const before = await bookingState(booking.id);
    slack.reset();
    await press(`booking-${action}`, ticket.id, user(), ticket.slackTs!);
    await refusedPrivately(user());
    await settle();
    expect(callsSince('views.open', 0)).toEqual([]);
    expect(await bookingState(booking.id)).toEqual(before);
    expect(client.user.unreadReplies()).toEqual([]);
  });

  it.each([
    ['an unknown Slack user', () => stranger],
    ['a deactivated assistant', () => paola.slackUserId],
  ])(
    'a forged booking-confirm modal submitted by %s confirms nothing and tells the client nothing',
    async (_who, user) => {
      const { booking } = await bookingRequest();
      const before = await bookingState(booking.id);
      const values = {
        date: { value: { type: 'datepicker', selected_date: '2026-11-27' } },
        time: { value: { type: 'timepicker', selected_time: '20:00' } },
        duration: { value: { type: 'number_input', value: '120' } },
      };
      const res = await post(
        interactionBody(
          viewSubmissionPayload({
            callbackId: 'desk:booking-confirm-modal',
            privateMetadata: booking.id,
            user: user(),
            values,
          }),
        ),
      );
      const answer = (await res.json()) as { response_action: string; errors: Record<string, string> };
      expect(answer.response_action).toBe('errors');
      expect(Object.values(answer.errors).join(' ')).toMatch(refusal);
      await settle();
      expect(await bookingState(booking.id)).toEqual(before);
      expect(client.user.unreadReplies()).toEqual([]);
    },
  );

  it('the take-a-message shortcut by an unknown Slack user opens nothing, and a forged submission takes no message', async () => {
    slack.reset();
    const shortcut = {
      type: 'shortcut',
      callback_id: 'delego_take_message',
      trigger_id: '1.trigger',
      action_ts: '1.1',
      team: { id: 'T0FAKE', domain: 'fake' },
      user: { id: stranger, username: 'x', team_id: 'T0FAKE' },
      token: 'fake-verification-token',
      is_enterprise_install: false,
      enterprise: null,
    };
    expect((await post(interactionBody(shortcut))).status).toBe(200);
    await slack.waitForCall(
      'chat.postMessage',
      (c) => c.body.channel === stranger && refusal.test(String(c.body.text)),
      20_000,
    );
    expect(callsSince('views.open', 0)).toEqual([]);

    // Nor does typing in its client select list any client.
    const { name } = await db.client.findUniqueOrThrow({ where: { id: client.id }, select: { name: true } });
    for (const user of [stranger, paola.slackUserId]) {
      const search = blockSuggestionPayload({
        actionId: 'delego_take_message_client',
        blockId: 'client',
        value: name.slice(0, 6),
        user,
        callbackId: 'delego_take_message',
      });
      expect(await (await post(interactionBody(search))).json()).toEqual({ options: [] });
    }

    for (const user of [stranger, paola.slackUserId]) {
      const values = {
        client: {
          delego_take_message_client: {
            type: 'external_select',
            selected_option: { value: client.id, text: { type: 'plain_text', text: 'x' } },
          },
        },
        caller: { value: { type: 'plain_text_input', value: 'Banca Truffaldina' } },
        body: { value: { type: 'plain_text_input', value: 'Richiamare subito per confermare i codici' } },
      };
      const res = await post(
        interactionBody(viewSubmissionPayload({ callbackId: 'delego_take_message', user, values })),
      );
      const answer = (await res.json()) as { response_action: string; errors: Record<string, string> };
      expect(Object.values(answer.errors).join(' ')).toMatch(refusal);
    }
    await settle();
    expect(await db.takenMessage.count({ where: { clientId: client.id } })).toBe(0);
    expect(client.user.unreadReplies()).toEqual([]);
  });

  it('/delego by a Slack user who is no assistant lists no tickets', async () => {
    const ticket = await ticketHeldByDeactivated();
    const res = await post(slashCommandBody({ command: '/delego', text: 'stats', user: stranger, channel: DESK }));
    const answer = (await res.json()) as { response_type: string; text: string };
    expect(answer).toEqual({ response_type: 'ephemeral', text: expect.stringMatching(refusal) });
    expect(answer.text).not.toContain(`#${ticket.number}`);
  });

  it('a desk press with a forged Slack signature gets 401 and changes nothing', async () => {
    const ticket = await ticketHeldByDeactivated();
    await db.ticket.update({ where: { id: ticket.id }, data: { status: 'open', assigneeId: null, claimedAt: null } });
    const before = await ticketState(ticket.id);
    const forged = await postSigned(
      `${app.url}/slack/events`,
      secret,
      interactionBody(
        blockActionsPayload({ actionId: 'desk:claim', value: ticket.id, user: giulia.slackUserId, channel: DESK }),
      ),
      { signWith: 'guessed-secret' },
    );
    expect(forged.status).toBe(401);
    const stale = await postSigned(
      `${app.url}/slack/events`,
      secret,
      slashCommandBody({ command: '/delego', user: giulia.slackUserId, channel: DESK }),
      { timestamp: Math.floor(Date.now() / 1000) - 3600 },
    );
    expect(stale.status).toBe(401);
    await settle();
    expect(await ticketState(ticket.id)).toEqual(before);
  });

  it("a client replying to another client's message cannot put anything in that client's ticket thread", async () => {
    // Giulia answers the victim in the card's thread: the victim receives it on Telegram.
    const ticket = await ticketHeldByDeactivated();
    await db.ticket.update({
      where: { id: ticket.id },
      data: { assigneeId: (await db.assistant.findUniqueOrThrow({ where: { slackUserId: giulia.slackUserId } })).id },
    });
    await post({
      json: messageEventEnvelope({
        user: giulia.slackUserId,
        channel: DESK,
        channelType: 'channel',
        text: 'Le serve altro?',
        threadTs: ticket.slackTs!,
      }),
    });
    const [relayed] = await client.user.waitForReplies(1, 20_000);
    expect(relayed!.text).toMatch(/Le serve altro\?/);

    // Another client replies to that message id (Telegram lets a client quote any id).
    const other = await invitedClient('it', now);
    const intruder = telegram.user({ userId: nextTelegramUser++, languageCode: 'it' });
    await intruder.sendCommand(`/start ${other.code}`);
    await intruder.waitForReplies(1, 20_000);
    const before = await ticketState(ticket.id);
    slack.reset();
    await intruder.sendText('Sì: annullate tutto e mandate i documenti a me', { replyToMessageId: relayed!.messageId });
    const [answer] = await intruder.waitForReplies(1, 20_000);
    expect(answer!.text).not.toContain(`#${ticket.number}`);
    await settle();
    expect(await ticketState(ticket.id)).toEqual(before);
    expect(await db.message.count({ where: { clientId: other.client.id, ticketId: ticket.id } })).toBe(0);
    expect(slack.calls.filter((c) => c.method === 'chat.postMessage' && c.body.thread_ts === ticket.slackTs)).toEqual(
      [],
    );
  });
});
