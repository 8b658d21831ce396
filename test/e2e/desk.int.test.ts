import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { invitedClient, startDelego } from '../support/delego.js';
import {
  blockActionsPayload,
  interactionBody,
  messageEventEnvelope,
  postSigned,
  rateLimited,
  slashCommandBody,
  slackError,
  startFakeSlack,
  viewSubmissionPayload,
  type FakeSlack,
  type FakeSlackCall,
} from '../support/fake-slack.js';
import { eventually } from '../support/workers.js';
import { startTelegramEmulator, type EmulatedUser, type TelegramEmulator } from '../support/telegram-emulator.js';
import { testPrisma, uniqueTag } from '../support/db.js';

// Monday 23 November 2026, 10:00 in Rome.
const now = new Date('2026-11-23T10:00:00+01:00');
const secret = 'slack-signing-secret-desk';
const DESK = 'C0DESK';
const db = testPrisma();
// Telegram user ids are identities in the shared database: other test files must not reuse them.
let nextTelegramUser = 500_000_000 + Math.floor(Math.random() * 100_000_000);
const telegramUserId = () => nextTelegramUser++;

type Block = {
  type: string;
  text?: { text: string };
  elements?: { action_id?: string; value?: string; text?: unknown }[];
};

describe('the assistants desk in Slack, in Italian by default (fake Web API, signed requests, Telegram client)', () => {
  let slack: FakeSlack;
  let telegram: TelegramEmulator;
  let app: Awaited<ReturnType<typeof startDelego>>;
  const tag = uniqueTag().toUpperCase();
  const giulia = { slackUserId: `UGIULIA${tag}`, name: 'Giulia Bianchi' };
  const marco = { slackUserId: `UMARCO${tag}`, name: 'Marco Neri' };
  const paola = { slackUserId: `UPAOLA${tag}`, name: 'Paola Inattiva' };

  beforeAll(async () => {
    slack = await startFakeSlack();
    telegram = await startTelegramEmulator();
    // Telegram update ids are idempotency keys in the shared database and every emulator starts
    // at 1: this one starts far away, or another file's updates would look already handled.
    (telegram.server as unknown as { updateId: number }).updateId = nextTelegramUser;
    await db.assistant.createMany({
      data: [
        { ...giulia, skills: ['translation', 'writing'] },
        { ...marco, skills: ['translation'] },
        { ...paola, skills: ['translation'], active: false },
      ],
    });
    app = await startDelego(
      {
        TELEGRAM_BOT_TOKEN: telegram.token,
        TELEGRAM_API_ROOT: telegram.apiRoot,
        SLACK_BOT_TOKEN: 'xoxb-desk-token',
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

  const post = (body: Parameters<typeof postSigned>[2]) => postSigned(`${app.url}/slack/events`, secret, body);
  const press = (action: string, ticketId: string, user: string, messageTs?: string) =>
    post(
      interactionBody(
        blockActionsPayload({
          actionId: `desk:${action}`,
          value: ticketId,
          user,
          channel: DESK,
          ...(messageTs ? { messageTs } : {}),
        }),
      ),
    );
  const threadReply = (user: string, threadTs: string, text: string, ts?: string) =>
    post({
      json: messageEventEnvelope({
        user,
        channel: DESK,
        channelType: 'channel',
        text,
        threadTs,
        ...(ts ? { ts } : {}),
      }),
    });
  const waitFor = (method: string, predicate: (call: FakeSlackCall) => boolean) =>
    slack.waitForCall(method, predicate, 20_000);
  const callsOf = (method: string, predicate: (call: FakeSlackCall) => boolean = () => true) =>
    slack.calls.filter((c) => c.method === method && predicate(c));
  const inThread = (ts: string) => (c: FakeSlackCall) => c.body.channel === DESK && c.body.thread_ts === ts;
  const cardUpdate = (ts: string, text: string) =>
    waitFor('chat.update', (c) => c.body.ts === ts && JSON.stringify(c.body.blocks).includes(text));

  /** A Telegram client who asks for a translation; resolves with the ticket and its posted card. */
  async function clientWithTicket(request = 'Traduci il contratto di affitto in inglese entro venerdì') {
    const { client, code } = await invitedClient('it', now);
    const user = telegram.user({ userId: telegramUserId(), firstName: 'Mario', languageCode: 'it' });
    await user.sendCommand(`/start ${code}`);
    await replies(user);
    await user.sendText(request);
    const [confirmation] = await replies(user);
    expect(confirmation!.text).toMatch(/richiesta #\d+/);
    const ticket = await db.ticket.findFirstOrThrow({ where: { clientId: client.id } });
    const card = await waitFor(
      'chat.postMessage',
      (c) =>
        c.body.channel === DESK &&
        c.body.thread_ts === undefined &&
        String(c.body.text).startsWith(`#${ticket.number} `),
    );
    const ts = (await eventually(
      'the card ts',
      () => db.ticket.findUnique({ where: { id: ticket.id } }).then((t) => t?.slackTs),
      20_000,
    ))!;
    return { client, user, ticket, card, ts };
  }

  /** Claimed from the card's button; the client is told who took their request on. */
  async function claimedBy(who: { slackUserId: string; name: string }, request?: string) {
    const setup = await clientWithTicket(request);
    expect((await press('claim', setup.ticket.id, who.slackUserId, setup.ts)).status).toBe(200);
    await eventually(
      'the claim',
      () => db.ticket.findUnique({ where: { id: setup.ticket.id } }).then((t) => t?.status === 'claimed'),
      20_000,
    );
    const [notice] = await replies(setup.user);
    expect(notice!.text).toBe(
      `${who.name.split(' ')[0]} ha preso in carico la tua richiesta #${setup.ticket.number} (${setup.ticket.summary}).`,
    );
    return setup;
  }

  // Generous: other test files load the machine while this one runs.
  async function replies(user: EmulatedUser, count = 1) {
    return user.waitForReplies(count, 20_000);
  }

  it('posts an Italian card with the request, due date, SLA, fitting assistants and a Claim button', async () => {
    const { ticket, card, client, ts } = await clientWithTicket();
    const blocks = card.body.blocks as Block[];
    const text = JSON.stringify(blocks);
    expect(blocks[0]?.text?.text).toBe(`#${ticket.number} · Traduzione`);
    expect(text).toContain(client.name);
    expect(text).toContain('Traduci il contratto di affitto in inglese');
    expect(text).toContain('ven 27 nov 2026');
    expect(text).toContain('nei tempi');
    expect(text).toContain('"Prendi in carico"');
    expect(text).not.toMatch(/Claim"|on track|Status/);
    expect(text).toContain(`<@${giulia.slackUserId}> <@${marco.slackUserId}>`);
    expect(text).not.toContain(paola.slackUserId);
    expect(blocks.find((b) => b.type === 'actions')?.elements?.map((e) => [e.action_id, e.value])).toEqual([
      ['desk:claim', ticket.id],
    ]);
    expect(await db.ticket.findUniqueOrThrow({ where: { id: ticket.id } })).toMatchObject({
      slackChannel: DESK,
      slackTs: expect.any(String),
    });
    // The thread starts by saying how relaying works.
    await waitFor('chat.postMessage', (c) => inThread(ts)(c) && String(c.body.text).includes('per tenerlo interno'));
  });

  it('lets exactly one of two simultaneous Claim presses win and tells the other who has it', async () => {
    const { ticket, ts } = await clientWithTicket();
    const [a, b] = await Promise.all([
      press('claim', ticket.id, giulia.slackUserId, ts),
      press('claim', ticket.id, marco.slackUserId, ts),
    ]);
    expect([a.status, b.status]).toEqual([200, 200]);
    const stored = await db.ticket.findUniqueOrThrow({ where: { id: ticket.id }, include: { assignee: true } });
    expect(stored.status).toBe('claimed');
    const winner = stored.assignee!;
    const loser = winner.slackUserId === giulia.slackUserId ? marco : giulia;
    const notice = await waitFor('chat.postEphemeral', (c) => c.body.user === loser.slackUserId);
    expect(notice.body.text).toBe(`#${ticket.number} è già preso in carico da ${winner.name}.`);
    expect(callsOf('chat.postEphemeral', (c) => c.body.user === winner.slackUserId)).toHaveLength(0);
    const update = await cardUpdate(ts, `Preso in carico da <@${winner.slackUserId}>`);
    expect(
      (update.body.blocks as Block[]).find((b) => b.type === 'actions')?.elements?.map((e) => e.action_id),
    ).toEqual(['desk:done', 'desk:ask', 'desk:release']);
  });

  it('releases a ticket back to open, says so in the thread, and refuses a release by someone else', async () => {
    const { ticket, ts } = await claimedBy(giulia);
    await press('release', ticket.id, marco.slackUserId, ts);
    const refusal = await waitFor(
      'chat.postEphemeral',
      (c) => c.body.user === marco.slackUserId && String(c.body.text).includes(`#${ticket.number}`),
    );
    expect(refusal.body.text).toContain('è in carico a Giulia Bianchi');

    await press('release', ticket.id, giulia.slackUserId, ts);
    await waitFor(
      'chat.postMessage',
      (c) => inThread(ts)(c) && String(c.body.text).includes(`Giulia ha rilasciato #${ticket.number}`),
    );
    expect(await db.ticket.findUniqueOrThrow({ where: { id: ticket.id } })).toMatchObject({
      status: 'open',
      assigneeId: null,
    });
    const update = await cardUpdate(ts, ':white_circle: Aperto');
    expect(
      (update.body.blocks as Block[]).find((b) => b.type === 'actions')?.elements?.map((e) => e.action_id),
    ).toEqual(['desk:claim']);
  });

  it('tells the client once who took their request on: a second claim by the same assistant is not announced again', async () => {
    const { user, ticket, ts } = await claimedBy(giulia);
    await press('release', ticket.id, giulia.slackUserId, ts);
    await cardUpdate(ts, ':white_circle: Aperto');
    await press('claim', ticket.id, marco.slackUserId, ts);
    expect((await replies(user))[0]!.text).toMatch(
      new RegExp(`^Marco ha preso in carico la tua richiesta #${ticket.number} `),
    );
    await press('release', ticket.id, marco.slackUserId, ts);
    await eventually(
      'the release',
      () => db.ticket.findUnique({ where: { id: ticket.id } }).then((t) => t?.status === 'open'),
      20_000,
    );
    await press('claim', ticket.id, giulia.slackUserId, ts);
    await eventually(
      'the claim',
      () => db.ticket.findUnique({ where: { id: ticket.id } }).then((t) => t?.status === 'claimed'),
      20_000,
    );
    // the next thing the client reads is Giulia's message, not her claim a second time
    await threadReply(giulia.slackUserId, ts, 'Eccomi di nuovo, ci penso io.');
    expect((await replies(user))[0]!.text).toBe(
      `Eccomi di nuovo, ci penso io.\n\n— Giulia, richiesta #${ticket.number}`,
    );
  });

  it('refuses inactive and unknown Slack users, privately', async () => {
    const { ticket, ts } = await clientWithTicket();
    for (const user of [paola.slackUserId, `USTRANGER${tag}`]) {
      await press('claim', ticket.id, user, ts);
      const notice = await waitFor('chat.postEphemeral', (c) => c.body.user === user);
      expect(notice.body.text).toMatch(/Solo le assistenti attive di Delego/);
    }
    await threadReply(`USTRANGER${tag}`, ts, 'ciao cliente');
    await waitFor('chat.postEphemeral', (c) => c.body.user === `USTRANGER${tag}` && c.body.thread_ts === ts);
    expect((await db.ticket.findUniqueOrThrow({ where: { id: ticket.id } })).status).toBe('open');
    const command = await post(slashCommandBody({ command: '/delego', user: paola.slackUserId, channel: DESK }));
    expect(((await command.json()) as { text: string }).text).toMatch(/Solo le assistenti attive di Delego/);
  });

  it('relays thread replies to the Telegram client signed with the first name, once, and keeps // notes internal', async () => {
    const { user, ticket, ts } = await claimedBy(giulia);
    const replyTs = `${Math.floor(Date.now() / 1000)}.${String(Date.now() % 1_000_000).padStart(6, '0')}`;
    expect(
      (await threadReply(giulia.slackUserId, ts, 'Ciao Mario, preferisci il *PDF* o il Word?', replyTs)).status,
    ).toBe(200);
    const [relayed] = await replies(user);
    expect(relayed!.text).toBe(`Ciao Mario, preferisci il *PDF* o il Word?\n\n— Giulia, richiesta #${ticket.number}`);

    // Slack redelivers the same message: the client does not get it twice.
    await postSigned(
      `${app.url}/slack/events`,
      secret,
      {
        json: messageEventEnvelope({
          user: giulia.slackUserId,
          channel: DESK,
          channelType: 'channel',
          text: 'Ciao Mario, preferisci il *PDF* o il Word?',
          threadTs: ts,
          ts: replyTs,
        }),
      },
      { retryNum: 1 },
    );
    await threadReply(giulia.slackUserId, ts, '// il cliente è sempre in ritardo, sollecitare');
    await eventually(
      'the internal note',
      () => db.ticketEvent.count({ where: { ticketId: ticket.id, kind: 'internal_note' } }),
      20_000,
    );
    await new Promise((r) => setTimeout(r, 300));
    expect(user.unreadReplies()).toHaveLength(0);
    expect(await db.ticketEvent.count({ where: { ticketId: ticket.id, kind: 'relayed_to_client' } })).toBe(1);
    expect(await db.ticket.findUniqueOrThrow({ where: { id: ticket.id } })).toMatchObject({
      firstResponseAt: expect.any(Date),
    });

    // The client answers by replying to the relayed message: it lands in the card's thread.
    await user.sendText('Il PDF va benissimo, grazie', { replyToMessageId: relayed!.messageId });
    const [ack] = await replies(user);
    expect(ack!.text).toMatch(new RegExp(`richiesta #${ticket.number}`));
    const inThreadPost = await waitFor(
      'chat.postMessage',
      (c) => inThread(ts)(c) && String(c.body.text).includes('Il PDF va benissimo, grazie'),
    );
    expect(inThreadPost.body.text).toMatch(/Studio .*:\*/);
    expect(await db.ticket.count({ where: { clientId: ticket.clientId } })).toBe(1);
  });

  it('asks the client through a modal, waits on them, and routes their next message to the thread', async () => {
    const { user, ticket, ts } = await claimedBy(marco);
    await press('ask', ticket.id, marco.slackUserId, ts);
    const opened = await waitFor(
      'views.open',
      (c) => (c.body.view as { private_metadata?: string }).private_metadata === ticket.id,
    );
    expect((opened.body.view as { callback_id: string }).callback_id).toBe('desk:ask-modal');

    const submit = await post(
      interactionBody(
        viewSubmissionPayload({
          callbackId: 'desk:ask-modal',
          privateMetadata: ticket.id,
          user: marco.slackUserId,
          values: {
            question: { value: { type: 'plain_text_input', value: 'Serve anche la traduzione degli allegati?' } },
          },
        }),
      ),
    );
    expect(submit.status).toBe(200);
    const [question] = await replies(user);
    expect(question!.text).toBe(`Serve anche la traduzione degli allegati?\n\n— Marco, richiesta #${ticket.number}`);
    expect(await db.ticket.findUniqueOrThrow({ where: { id: ticket.id } })).toMatchObject({
      status: 'waiting_client',
      waitingSince: expect.any(Date),
    });
    await cardUpdate(ts, 'In attesa del cliente');
    await waitFor(
      'chat.postMessage',
      (c) => inThread(ts)(c) && String(c.body.text).includes('Marco ha chiesto al cliente'),
    );

    // Any message while exactly this ticket waits on the client is the answer.
    await user.sendText('Sì, anche gli allegati');
    await replies(user);
    await waitFor('chat.postMessage', (c) => inThread(ts)(c) && String(c.body.text).includes('Sì, anche gli allegati'));
    expect((await db.ticket.findUniqueOrThrow({ where: { id: ticket.id } })).status).toBe('claimed');
    await cardUpdate(ts, `Preso in carico da <@${marco.slackUserId}>`);
  });

  it('closes with the done modal: time entry, hours balance, outcome to the client, rating stored once', async () => {
    const { user, client, ticket, ts } = await claimedBy(giulia);
    await db.client.update({ where: { id: client.id }, data: { hoursPackageMinutes: 600, hoursBalanceMinutes: 300 } });
    await press('done', ticket.id, giulia.slackUserId, ts);
    const opened = await waitFor(
      'views.open',
      (c) => (c.body.view as { private_metadata?: string }).private_metadata === ticket.id,
    );
    expect(JSON.stringify(opened.body.view)).toContain('Ore residue del cliente: 5 h su 10 h.');

    const submission = (minutes: string) =>
      interactionBody(
        viewSubmissionPayload({
          callbackId: 'desk:done-modal',
          privateMetadata: ticket.id,
          user: giulia.slackUserId,
          values: {
            minutes: { value: { type: 'number_input', value: minutes } },
            outcome: {
              value: { type: 'plain_text_input', value: 'Ecco il contratto tradotto: lo trovi nella tua email.' },
            },
          },
        }),
      );
    const invalid = await post(submission('0'));
    expect(await invalid.json()).toMatchObject({ response_action: 'errors', errors: { minutes: expect.any(String) } });
    expect((await db.ticket.findUniqueOrThrow({ where: { id: ticket.id } })).status).toBe('claimed');

    expect((await post(submission('45'))).status).toBe(200);
    const [outcome] = await replies(user);
    expect(outcome!.text).toContain(
      `La richiesta #${ticket.number} è completata:\nEcco il contratto tradotto: lo trovi nella tua email.\n\n— Giulia`,
    );
    expect(outcome!.buttons.flat().map((b) => b.text)).toEqual(['1 ⭐', '2 ⭐', '3 ⭐', '4 ⭐', '5 ⭐']);
    expect(await db.timeEntry.findMany({ where: { ticketId: ticket.id }, select: { minutes: true } })).toEqual([
      { minutes: 45 },
    ]);
    expect((await db.client.findUniqueOrThrow({ where: { id: client.id } })).hoursBalanceMinutes).toBe(255);
    expect(await db.ticket.findUniqueOrThrow({ where: { id: ticket.id } })).toMatchObject({
      status: 'done',
      outcomeNote: 'Ecco il contratto tradotto: lo trovi nella tua email.',
    });
    await waitFor(
      'chat.postMessage',
      (c) =>
        inThread(ts)(c) &&
        String(c.body.text).includes('45 min registrati') &&
        String(c.body.text).includes('4 h 15 min'),
    );
    const doneCard = await cardUpdate(ts, `Completato da <@${giulia.slackUserId}>`);
    expect(JSON.stringify(doneCard.body.blocks)).toContain('45 min');
    expect((doneCard.body.blocks as Block[]).some((b) => b.type === 'actions')).toBe(false);

    // Another client forging a rating payload for this ticket changes nothing.
    const other = await invitedClient('it', now);
    const intruder = telegram.user({ userId: telegramUserId(), languageCode: 'it' });
    await intruder.sendCommand(`/start ${other.code}`);
    const [welcome] = await replies(intruder);
    await intruder.pressButton(`rt:1:t:${ticket.id}`, welcome!.messageId);
    expect((await replies(intruder))[0]!.text).toMatch(/non esiste più o non è tuo/);

    await user.pressButton(outcome!.buttons[0]![4]!.data, outcome!.messageId);
    expect((await replies(user))[0]!.text).toBe('Grazie per il tuo voto!');
    await user.pressButton(outcome!.buttons[0]![0]!.data, outcome!.messageId);
    expect((await replies(user))[0]!.text).toMatch(/Hai già dato un voto/);
    expect(await db.ticket.findUniqueOrThrow({ where: { id: ticket.id } })).toMatchObject({
      rating: 5,
      ratedAt: expect.any(Date),
    });
    await waitFor('chat.postMessage', (c) => inThread(ts)(c) && String(c.body.text).includes('ha dato 5/5'));
    await cardUpdate(ts, '5/5');

    // The thread of a closed ticket no longer reaches the client.
    await threadReply(giulia.slackUserId, ts, "Un'ultima cosa");
    await waitFor(
      'chat.postEphemeral',
      (c) => c.body.user === giulia.slackUserId && String(c.body.text).includes('non arrivano più al cliente'),
    );
  });

  it('tells the client and the thread when the package reaches 20% left, and a client with no package nothing', async () => {
    const doneSubmission = (ticketId: string, minutes: string) =>
      interactionBody(
        viewSubmissionPayload({
          callbackId: 'desk:done-modal',
          privateMetadata: ticketId,
          user: marco.slackUserId,
          values: {
            minutes: { value: { type: 'number_input', value: minutes } },
            outcome: { value: { type: 'plain_text_input', value: 'Fatto.' } },
          },
        }),
      );
    const { user, client, ticket, ts } = await claimedBy(marco);
    await db.client.update({ where: { id: client.id }, data: { hoursPackageMinutes: 600, hoursBalanceMinutes: 150 } });
    expect((await post(doneSubmission(ticket.id, '45'))).status).toBe(200);
    const [outcome, notice] = await replies(user, 2);
    expect(outcome!.text).toContain(`La richiesta #${ticket.number} è completata`);
    expect(notice!.text).toBe(
      'Il tuo pacchetto ore sta per finire: ti restano 1 h 45 min su 10 h. Chiedimi «quante ore mi restano?» quando vuoi.',
    );
    await waitFor(
      'chat.postMessage',
      (c) =>
        inThread(ts)(c) &&
        String(c.body.text).endsWith(
          '\n:hourglass: Al cliente resta il 20% del pacchetto ore o meno: 1 h 45 min su 10 h.',
        ),
    );

    const none = await claimedBy(marco);
    expect((await post(doneSubmission(none.ticket.id, '90'))).status).toBe(200);
    await waitFor(
      'chat.postMessage',
      (c) => inThread(none.ts)(c) && String(c.body.text).includes('1 h 30 min registrati'),
    );
    const thread = callsOf('chat.postMessage', inThread(none.ts)).map((c) => String(c.body.text));
    expect(thread.join('\n')).not.toMatch(/esaurito|pacchetto ore o meno/);
    expect((await replies(none.user))[0]!.text).toContain('è completata');
    // the notice would follow the thread's summary at once: nothing comes
    await new Promise((r) => setTimeout(r, 500));
    expect(none.user.unreadReplies()).toEqual([]);
  });

  it("/delego lists the caller's tickets and the unclaimed ones", async () => {
    const mine = await claimedBy(marco, 'Scrivi una lettera di sollecito per il fornitore');
    const open = await clientWithTicket('Traduci il menu del ristorante in tedesco');
    // The list shows the oldest unclaimed first, and the run's other files leave many unclaimed: this one waits longest.
    await db.ticket.update({ where: { id: open.ticket.id }, data: { createdAt: new Date('2020-01-06T09:00:00Z') } });
    const res = await post(slashCommandBody({ command: '/delego', user: marco.slackUserId, channel: DESK }));
    expect(res.status).toBe(200);
    const answer = (await res.json()) as { response_type: string; text: string };
    expect(answer.response_type).toBe('ephemeral');
    const [yours, unclaimed] = answer.text.split('*Da prendere in carico*');
    expect(yours).toContain(`#${mine.ticket.number}`);
    expect(yours).not.toContain(`#${open.ticket.number}`);
    expect(unclaimed).toContain(`#${open.ticket.number}`);
    expect(unclaimed).not.toContain(`#${mine.ticket.number}`);
  });

  it('retries a card Slack failed to take and posts it exactly once', async () => {
    let failures = 0;
    slack.respond('chat.postMessage', (call) => {
      if (
        call.body.channel !== DESK ||
        call.body.thread_ts !== undefined ||
        !String(call.body.text).includes('preventivo urgente')
      )
        return undefined;
      failures += 1;
      if (failures === 1) return slackError('internal_error');
      if (failures === 2) return rateLimited(1);
      return undefined;
    });
    try {
      const { ticket } = await clientWithTicket('Traduci il preventivo urgente in francese');
      expect(failures).toBe(3);
      expect(
        callsOf(
          'chat.postMessage',
          (c) =>
            c.body.channel === DESK &&
            c.body.thread_ts === undefined &&
            String(c.body.text).startsWith(`#${ticket.number} `),
        ),
      ).toHaveLength(3);
      await new Promise((r) => setTimeout(r, 1500));
      expect(failures).toBe(3);
    } finally {
      slack.respond('chat.postMessage', undefined);
    }
  });
});

describe('/delego stats on a fixed week, on a desk set to English (DESK_LANG=en)', () => {
  // Wednesday 5 March 2031, 12:00 in Rome: a week no other test writes tickets in.
  const statsNow = new Date('2031-03-05T12:00:00+01:00');
  let slack: FakeSlack;
  let app: Awaited<ReturnType<typeof startDelego>>;
  const assistant = `USTATS${uniqueTag().toUpperCase()}`;

  beforeAll(async () => {
    slack = await startFakeSlack();
    app = await startDelego(
      {
        SLACK_BOT_TOKEN: 'xoxb-desk-token',
        SLACK_SIGNING_SECRET: secret,
        SLACK_API_URL: slack.apiUrl,
        SLACK_DESK_CHANNEL: DESK,
        DESK_LANG: 'en',
      },
      statsNow,
    );
    const worker = await db.assistant.create({ data: { slackUserId: assistant, name: 'Stella Conti' } });
    const client = await db.client.create({ data: { name: `Studio stats ${uniqueTag()}` } });
    const demo = await db.client.create({ data: { name: `Demo ${uniqueTag()}`, isDemo: true } });
    const at = (iso: string) => new Date(iso);
    const rows = [
      // Monday: claimed after 20 min, done after 3 h.
      {
        createdAt: at('2031-03-03T08:00:00Z'),
        claimedAt: at('2031-03-03T08:20:00Z'),
        doneAt: at('2031-03-03T11:00:00Z'),
        status: 'done' as const,
      },
      // Tuesday: claimed after 40 min, done after 5 h.
      {
        createdAt: at('2031-03-04T09:00:00Z'),
        claimedAt: at('2031-03-04T09:40:00Z'),
        doneAt: at('2031-03-04T14:00:00Z'),
        status: 'done' as const,
      },
      // Wednesday: claimed after 1 h, still in hand.
      {
        createdAt: at('2031-03-05T08:00:00Z'),
        claimedAt: at('2031-03-05T09:00:00Z'),
        doneAt: null,
        status: 'claimed' as const,
      },
      // Wednesday: nobody has claimed it yet.
      { createdAt: at('2031-03-05T09:30:00Z'), claimedAt: null, doneAt: null, status: 'open' as const },
      // The Friday before: created last week, done this Monday after 3 days.
      {
        createdAt: at('2031-02-28T10:00:00Z'),
        claimedAt: at('2031-02-28T10:10:00Z'),
        doneAt: at('2031-03-03T10:00:00Z'),
        status: 'done' as const,
      },
    ];
    for (const row of rows) {
      await db.ticket.create({
        data: {
          clientId: client.id,
          summary: 'stats',
          details: 'stats',
          category: 'other',
          ...row,
          assigneeId: row.claimedAt ? worker.id : null,
        },
      });
    }
    await db.ticket.create({
      data: {
        clientId: demo.id,
        summary: 'demo',
        details: 'demo',
        category: 'other',
        createdAt: at('2031-03-04T09:00:00Z'),
      },
    });
  });
  afterAll(async () => {
    await app?.stop();
    await slack?.close();
  });

  it("counts the week's tickets and the median times to claim and to done", async () => {
    const res = await postSigned(
      `${app.url}/slack/events`,
      secret,
      slashCommandBody({ command: '/delego', text: 'stats', user: assistant, channel: DESK }),
    );
    const { text } = (await res.json()) as { text: string };
    expect(text).toContain('Desk since Monday 3 March');
    expect(text).toContain('Created 4 · Claimed 3 · Done 3');
    // Claims: 20, 40, 60 min; done: 3 h, 5 h, 72 h.
    expect(text).toContain('Median time to claim: 40 min · Median time to done: 5 h');
  });
});
