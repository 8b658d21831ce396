import { randomInt, randomUUID } from 'node:crypto';
import { Queue } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '../../src/infra/db/types.js';
import type { Lang } from '../../src/generated/prisma/enums.js';
import { defaultFollowupSettings } from '../../src/domain/delivery/ticket-rules.js';
import { QUEUE_FOLLOWUPS, QUEUE_REMINDERS } from '../../src/jobs/kind.js';
import { segreteriaReleaseJobId, segreteriaReleaseKind } from '../../src/jobs/kinds/segreteria-release.js';
import { reconcile } from '../../src/jobs/reconciler.js';
import type { RunningServer } from '../../src/web/server.js';
import { createTelegramClient } from '../support/telegram-clients.js';
import type { FakeOpenAi } from '../support/fake-openai.js';
import { startEmulators, startIsolatedApp, type Emulators, type IsolatedApp } from '../support/isolated-app.js';
import {
  blockSuggestionPayload,
  FAKE_TEAM_ID,
  interactionBody,
  postSigned,
  viewSubmissionPayload,
  type FakeSlack,
  type FakeSlackCall,
} from '../support/fake-slack.js';
import { type BotReply, type EmulatedUser, type TelegramEmulator } from '../support/telegram-emulator.js';
import { eventually, flushPrefix } from '../support/workers.js';

/**
 * The secretary end to end: a client on the emulated Telegram API, assistants on the fake Slack
 * Web API, the openai SDK against the fake OpenAI server, the real workers on Redis. The app has
 * a database of its own (its workers act on every row they see) and a clock the test moves:
 * when it jumps past a status's end, the release job due then is promoted, as time would have.
 */
const secret = 'slack-signing-secret-segreteria';
const DESK = 'C0DESKSEG';
const giulia = 'UGIULIASEG';

type Block = { type: string; text?: { text: string }; elements?: { text?: string }[] };

describe('segreteria: status, messages taken for the client, voice notes', () => {
  let emulators: Emulators;
  let app: IsolatedApp;
  let slack: FakeSlack;
  let telegram: TelegramEmulator;
  let openai: FakeOpenAi;
  let prisma: PrismaClient;
  let redis: IsolatedApp['redis'];
  let server: RunningServer;
  let followups: Queue;
  let prefix: string;
  let offsetMs = 0;
  const clock = () => new Date(Date.now() + offsetMs);
  const setNow = (instant: Date) => {
    offsetMs = instant.getTime() - Date.now();
  };

  beforeAll(async () => {
    emulators = await startEmulators();
    ({ slack, telegram, openai } = emulators);
    app = await startIsolatedApp({
      env: emulators.env({ signingSecret: secret, deskChannel: DESK }),
      clock,
      poolMax: 10,
      running: true,
    });
    ({ prisma, redis, server, prefix } = app);
    await prisma.assistant.create({ data: { slackUserId: giulia, name: 'Giulia Bianchi', skills: ['call'] } });
    followups = new Queue(QUEUE_FOLLOWUPS, { connection: redis, prefix });
  });

  afterAll(async () => {
    await followups?.obliterate({ force: true }).catch(() => undefined);
    await followups?.close();
    await app?.stop();
    await emulators?.close();
  });

  const post = (payload: unknown) =>
    postSigned(`http://127.0.0.1:${server.port}/slack/events`, secret, interactionBody(payload));
  const waitFor = (method: string, predicate: (call: FakeSlackCall) => boolean) =>
    slack.waitForCall(method, predicate, 20_000);
  const cardText = (call: FakeSlackCall) => JSON.stringify(call.body.blocks as Block[]);
  const replies = (user: EmulatedUser, count = 1): Promise<BotReply[]> => user.waitForReplies(count, 20_000);

  async function linkedClient(lang: Lang, overrides: { llmEnabled?: boolean } = {}) {
    return createTelegramClient(prisma, telegram, { lang, ...overrides });
  }

  /** Giulia opens "Take a message" and submits it; resolves with the HTTP answer and the DM she gets. */
  /** Giulia types `typed` in the modal's client select; resolves with the options Slack would show. */
  async function searchClients(typed: string): Promise<{ text: string; value: string }[]> {
    const answer = await post(
      blockSuggestionPayload({
        actionId: 'delego_take_message_client',
        blockId: 'client',
        value: typed,
        user: giulia,
        callbackId: 'delego_take_message',
      }),
    );
    expect(answer.status).toBe(200);
    const { options } = (await answer.json()) as { options: { text: { text: string }; value: string }[] };
    return options.map((o) => ({ text: o.text.text, value: o.value }));
  }

  /** Giulia opens "Take a message", finds the client by typing part of its name (`search`, default its name's start) and submits. */
  async function takeMessageInSlack(fields: {
    clientId: string;
    caller: string;
    phone?: string;
    body: string;
    urgent?: boolean;
    search?: string;
  }) {
    const dmsBefore = slack.calls.filter((c) => c.method === 'chat.postMessage' && c.body.channel === giulia).length;
    const opensBefore = slack.calls.filter((c) => c.method === 'views.open').length;
    const opened = await post({
      type: 'shortcut',
      token: 'fake-verification-token',
      action_ts: String(Date.now() / 1000),
      team: { id: FAKE_TEAM_ID, domain: 'fake' },
      user: { id: giulia, username: 'giulia', team_id: FAKE_TEAM_ID },
      callback_id: 'delego_take_message',
      trigger_id: `${randomInt(1e9)}.trigger`,
      is_enterprise_install: false,
      enterprise: null,
    });
    expect(opened.status).toBe(200);
    const modal = await eventually(
      'the modal',
      async () => slack.calls.filter((c) => c.method === 'views.open')[opensBefore],
      20_000,
    );
    expect(JSON.stringify(modal.body.view)).toContain('Chi ha chiamato');
    const { name } = await prisma.client.findUniqueOrThrow({ where: { id: fields.clientId }, select: { name: true } });
    const offered = (await searchClients(fields.search ?? name.slice(0, 10))).find((o) => o.value === fields.clientId);
    expect(offered?.text).toBe(name);
    const answer = await post(
      viewSubmissionPayload({
        callbackId: 'delego_take_message',
        user: giulia,
        values: {
          client: {
            delego_take_message_client: {
              type: 'external_select',
              selected_option: { text: { type: 'plain_text', text: name }, value: fields.clientId },
            },
          },
          caller: { value: { type: 'plain_text_input', value: fields.caller } },
          phone: { value: { type: 'plain_text_input', value: fields.phone ?? null } },
          body: { value: { type: 'plain_text_input', value: fields.body } },
          urgent: {
            value: {
              type: 'checkboxes',
              selected_options: fields.urgent
                ? [{ text: { type: 'plain_text', text: 'Urgent' }, value: 'urgent' }]
                : [],
            },
          },
        },
      }),
    );
    const text = await answer.text();
    if (text.includes('errors'))
      return { response: JSON.parse(text) as { errors: Record<string, string> }, dm: undefined };
    const dm = await eventually(
      'the DM to the assistant',
      async () => slack.calls.filter((c) => c.method === 'chat.postMessage' && c.body.channel === giulia)[dmsBefore],
      20_000,
    );
    return { response: undefined, dm: String(dm.body.text) };
  }

  /** The clock jumps to `instant`; the client's release jobs due by then run now. */
  async function advanceTo(instant: Date, clientId: string) {
    setNow(instant);
    const delayed = await followups.getDelayed();
    await Promise.all(
      delayed
        .filter(
          (job) => job.id?.startsWith(`seg-${clientId}-`) && Number(job.id.split('-').at(-1)) <= instant.getTime(),
        )
        .map((job) => job.promote()),
    );
  }

  async function ticketWithCard(user: EmulatedUser, clientId: string) {
    await user.sendText('Traduci il contratto di affitto in inglese');
    await replies(user);
    const ticket = await prisma.ticket.findFirstOrThrow({ where: { clientId } });
    const ts = await eventually(
      'the card',
      () => prisma.ticket.findUnique({ where: { id: ticket.id } }).then((t) => t?.slackTs),
      20_000,
    );
    return { ticket, ts };
  }

  it('holds messages during a meeting shown on the desk card, delivers them as one digest at its end, and an urgent one at once', async () => {
    // Monday 23 November 2026, 15:00 in Rome.
    setNow(new Date('2026-11-23T15:00:00+01:00'));
    const { client, user } = await linkedClient('it');
    const { ts } = await ticketWithCard(user, client.id);

    await user.sendText('sono in riunione fino alle 16');
    const [confirmation] = await replies(user);
    expect(confirmation!.text).toContain('fino alle 16:00');
    expect(confirmation!.buttons.flat().map((b) => b.text)).toEqual(['Sono disponibile', '+1 ora']);
    const end = new Date('2026-11-23T16:00:00+01:00');
    expect(await prisma.client.findUniqueOrThrow({ where: { id: client.id } })).toMatchObject({
      availabilityKind: 'busy',
      availabilityUntil: end,
    });
    await waitFor('chat.update', (c) => c.body.ts === ts && cardText(c).includes('Il cliente è occupato fino alle'));

    const first = await takeMessageInSlack({
      clientId: client.id,
      caller: 'Mario Rossi',
      phone: '+39 333 1234567',
      body: 'Vuole spostare la riunione di giovedì',
    });
    expect(first.dm).toContain('il messaggio è trattenuto e parte lunedì 23 novembre alle 16:00');
    await takeMessageInSlack({ clientId: client.id, caller: 'Anna Verdi', body: 'Conferma il preventivo' });
    const urgent = await takeMessageInSlack({
      clientId: client.id,
      caller: 'Banca',
      phone: '02 1234',
      body: 'Bonifico bloccato',
      urgent: true,
    });
    expect(urgent.dm).toContain('Messaggio consegnato');
    const [now] = await replies(user);
    expect(now!.text).toBe('URGENTE. Messaggio per te da Banca (02 1234): "Bonifico bloccato"');
    expect(now!.buttons.flat().map((b) => b.text)).toEqual(['Richiamo io', 'Richiama tu']);
    expect(user.unreadReplies()).toEqual([]);
    expect(await prisma.takenMessage.count({ where: { clientId: client.id, status: 'held' } })).toBe(2);

    const cardUpdatesBefore = slack.calls.filter((c) => c.method === 'chat.update' && c.body.ts === ts).length;
    await advanceTo(new Date(end.getTime() + 1000), client.id);
    const [digest] = await replies(user);
    expect(digest!.text).toMatch(
      /^Mentre avevi da fare sono arrivati 2 messaggi:\n1\. 15:0\d, Mario Rossi \(\+39 333 1234567\): "Vuole spostare la riunione di giovedì"\n2\. 15:0\d, Anna Verdi: "Conferma il preventivo"$/,
    );
    expect(digest!.buttons.map((row) => row.map((b) => b.text))).toEqual([
      ['1. Richiamo io', '1. Richiama tu'],
      ['2. Richiamo io', '2. Richiama tu'],
    ]);
    // The digest reaches the client just before its transaction commits.
    const delivered = await eventually('the digest recorded', async () => {
      const rows = await prisma.takenMessage.findMany({
        where: { clientId: client.id },
        orderBy: { createdAt: 'asc' },
      });
      return rows.every((m) => m.status === 'delivered') && rows;
    });
    expect(delivered.map((m) => [m.status, m.inDigest])).toEqual([
      ['delivered', true],
      ['delivered', true],
      ['delivered', false],
    ]);
    expect(await prisma.client.findUniqueOrThrow({ where: { id: client.id } })).toMatchObject({
      availabilityKind: 'available',
      availabilityUntil: null,
    });
    const redrawn = await eventually(
      'the card without the status',
      async () => slack.calls.filter((c) => c.method === 'chat.update' && c.body.ts === ts).slice(cardUpdatesBefore)[0],
      20_000,
    );
    expect(cardText(redrawn)).not.toContain('busy until');
    expect(user.unreadReplies()).toEqual([]);
  });

  it('"Richiama tu" opens a call-back ticket on the desk once; only the client\'s own message can be answered', async () => {
    setNow(new Date('2026-11-24T10:00:00+01:00'));
    const { client, user } = await linkedClient('it');
    const taken = await takeMessageInSlack({
      clientId: client.id,
      caller: 'Luca Neri',
      phone: '+39 02 555 0101',
      body: 'Chiede un appuntamento per la dichiarazione',
    });
    expect(taken.dm).toContain('Messaggio consegnato');
    const [message] = await replies(user);
    expect(message!.text).toBe(
      'Messaggio per te da Luca Neri (+39 02 555 0101): "Chiede un appuntamento per la dichiarazione"',
    );
    const [callMe, callThem] = message!.buttons.flat();

    const stranger = await linkedClient('it');
    await stranger.user.pressButton(callThem!.data, message!.messageId);
    expect((await replies(stranger.user))[0]!.text).toBe('Questo elemento non esiste più o non è tuo.');

    await user.pressButton(callThem!.data, message!.messageId);
    const [answer] = await replies(user);
    expect(answer!.text).toMatch(
      /^Va bene: richiamiamo noi Luca Neri \(\+39 02 555 0101\) per te \(richiesta #\d+\)\.$/,
    );
    const ticket = await prisma.ticket.findFirstOrThrow({ where: { clientId: client.id } });
    expect(ticket).toMatchObject({ category: 'call', summary: 'Richiamare Luca Neri (+39 02 555 0101)' });
    expect(ticket.details).toContain('Chiede un appuntamento per la dichiarazione');
    expect(await prisma.takenMessage.findFirstOrThrow({ where: { clientId: client.id } })).toMatchObject({
      callbackChoice: 'office',
      callbackTicketId: ticket.id,
    });
    const card = await waitFor(
      'chat.postMessage',
      (c) => c.body.channel === DESK && String(c.body.text).startsWith(`#${ticket.number} `),
    );
    expect(cardText(card)).toContain('Telefonata');
    expect(cardText(card)).toContain('Luca Neri');

    await user.pressButton(callThem!.data, message!.messageId);
    await user.pressButton(callMe!.data, message!.messageId);
    expect((await replies(user, 2)).map((r) => r.text)).toEqual([
      'Era già deciso: non ho cambiato nulla.',
      'Era già deciso: non ho cambiato nulla.',
    ]);
    expect(await prisma.ticket.count({ where: { clientId: client.id } })).toBe(1);
  });

  it('makes the call-back of an urgent message urgent: due within the hour of business hours, and the card says so', async () => {
    // Tuesday 17:30 in Rome: half an hour of the agency's day is left, the other half is Wednesday 09:00-09:30.
    setNow(new Date('2026-11-24T17:30:00+01:00'));
    const { client, user } = await linkedClient('it');
    await takeMessageInSlack({ clientId: client.id, caller: 'Avv. Ferri', body: 'Udienza anticipata', urgent: true });
    const [message] = await replies(user);
    const callThem = message!.buttons.flat()[1]!;
    await user.pressButton(callThem.data, message!.messageId);
    await replies(user);
    const ticket = await prisma.ticket.findFirstOrThrow({ where: { clientId: client.id } });
    // (the test clock runs on from the time set, by a few milliseconds)
    const dueMinute = Math.floor(ticket.dueAt!.getTime() / 60_000) * 60_000;
    expect(new Date(dueMinute)).toEqual(new Date('2026-11-25T09:30:00+01:00'));
    const card = await waitFor(
      'chat.postMessage',
      (c) => c.body.channel === DESK && String(c.body.text).startsWith(`#${ticket.number} `),
    );
    expect(cardText(card)).toContain("Richiamata urgente*: richiamare entro un'ora");
    expect(cardText(card)).toContain('|mer 25 nov 2026 09:30>');
  });

  it('holds a message under do-not-disturb in English until the client taps "I\'m free"', async () => {
    setNow(new Date('2026-11-24T11:00:00+01:00'));
    const { client, user } = await linkedClient('en');
    await user.sendText('Do not disturb for an hour please');
    const [confirmation] = await replies(user);
    expect(confirmation!.text).toBe(
      'Do not disturb until 12:00: messages taken for you wait until then; urgent ones still reach you.',
    );
    const taken = await takeMessageInSlack({ clientId: client.id, caller: 'Paul Smith', body: 'About the invoice' });
    expect(taken.dm).toContain('parte martedì 24 novembre alle 12:00');

    const free = confirmation!.buttons.flat().find((b) => b.text === "I'm free")!;
    await user.pressButton(free.data, confirmation!.messageId);
    const [back, delivered] = await replies(user, 2);
    expect(back!.text).toBe('Welcome back: you are available again.');
    expect(delivered!.text).toBe('Message for you from Paul Smith: "About the invoice"');
    expect(delivered!.buttons.flat().map((b) => b.text)).toEqual(["I'll call back", 'Please call back']);
  });

  it('/stato shows the status with buttons that set and extend it', async () => {
    setNow(new Date('2026-11-25T10:00:00+01:00'));
    const { client, user } = await linkedClient('it');
    await user.sendCommand('/stato');
    const [now] = await replies(user);
    expect(now!.text).toBe('Sei disponibile: i messaggi presi per te ti arrivano subito.');
    expect(now!.buttons.flat().map((b) => b.text)).toEqual(['Non disponibile per 1 ora', 'Non disturbare per 1 ora']);

    await user.pressButton(now!.buttons[0]![1]!.data, now!.messageId);
    const [dnd] = await replies(user);
    expect(dnd!.text).toBe(
      'Non disturbare fino alle 11:00: i messaggi presi per te aspettano fino ad allora; quelli urgenti ti arrivano comunque.',
    );
    await user.pressButton(dnd!.buttons[0]![1]!.data, dnd!.messageId);
    expect((await replies(user))[0]!.text).toContain('Non disturbare fino alle 12:00');
    const row = await prisma.client.findUniqueOrThrow({ where: { id: client.id } });
    expect(row.availabilityKind).toBe('dnd');
    // an hour from the tap, then one more: 12:00 and the seconds the test took
    const pastNoon = row.availabilityUntil!.getTime() - new Date('2026-11-25T12:00:00+01:00').getTime();
    expect(pastNoon >= 0 && pastNoon < 60_000).toBe(true);

    await user.sendCommand('/stato');
    const [busy] = await replies(user);
    expect(busy!.text).toBe('Non disturbare fino alle 12:00.');
    expect(busy!.buttons.flat().map((b) => b.text)).toEqual(['Sono disponibile', '+1 ora']);
  });

  it('re-creates the release job from PostgreSQL after Redis lost it', async () => {
    setNow(new Date('2026-11-24T15:50:00+01:00'));
    const { client, user } = await linkedClient('it');
    await user.sendText('non disturbare fino alle 16');
    await replies(user);
    await takeMessageInSlack({ clientId: client.id, caller: 'Studio Bianchi', body: 'Richiamare per il contratto' });
    const jobId = segreteriaReleaseJobId(client.id, new Date('2026-11-24T16:00:00+01:00'));
    expect(await followups.getJob(jobId)).toBeDefined();
    await flushPrefix(redis, prefix);
    expect(await followups.getJob(jobId)).toBeUndefined();

    const reminders = new Queue(QUEUE_REMINDERS, { connection: redis, prefix });
    const report = await reconcile({
      prisma,
      queues: { reminders, followups },
      kinds: [segreteriaReleaseKind],
      followupSettings: defaultFollowupSettings('Europe/Rome'),
      hasDesk: true,
      clock,
      horizonMs: 15 * 60_000,
    });
    await reminders.close();
    expect(report.segreteria_release).toBeGreaterThanOrEqual(1);
    expect(await followups.getJob(jobId)).toBeDefined();
    await advanceTo(new Date('2026-11-24T16:00:01+01:00'), client.id);
    const [delivered] = await replies(user);
    expect(delivered!.text).toBe('Messaggio per te da Studio Bianchi: "Richiamare per il contratto"');
  });

  it('holds a message taken in quiet hours until they end', async () => {
    setNow(new Date('2026-11-24T22:30:00+01:00'));
    const { client, user } = await linkedClient('it');
    const taken = await takeMessageInSlack({
      clientId: client.id,
      caller: 'Hotel Roma',
      body: 'Conferma la camera per venerdì',
    });
    expect(taken.dm).toContain('parte mercoledì 25 novembre alle 8:00');
    expect(user.unreadReplies()).toEqual([]);
    await advanceTo(new Date('2026-11-25T08:00:01+01:00'), client.id);
    const [delivered] = await replies(user);
    expect(delivered!.text).toBe('Messaggio per te da Hotel Roma: "Conferma la camera per venerdì"');
  });

  it('transcribes a voice note and acts on it, showing the transcript', async () => {
    setNow(new Date('2026-11-24T10:00:00+01:00'));
    const { client, user } = await linkedClient('it');
    openai.setTranscript('Ricordami domani alle 9 di chiamare il commercialista');
    telegram.addFile('voice-ok-1', Buffer.from('OggS fake opus audio'));
    await user.sendMessage({
      voice: { file_id: 'voice-ok-1', file_unique_id: 'vu1', duration: 3, mime_type: 'audio/ogg', file_size: 20 },
    });
    const [reply] = await replies(user);
    expect(reply!.text.split('\n')[0]).toBe('Ho capito: "Ricordami domani alle 9 di chiamare il commercialista"');
    const reminder = await prisma.reminder.findFirstOrThrow({
      where: { clientId: client.id },
      include: { occurrences: true },
    });
    expect(reminder.text).toBe('chiamare il commercialista');
    expect(reminder.occurrences[0]!.dueAt).toEqual(new Date('2026-11-25T09:00:00+01:00'));
    const upload = openai.requests.find((r) => r.path === '/v1/audio/transcriptions');
    expect(String(upload?.body)).toContain('whisper-1');
    expect(String(upload?.body)).toContain('OggS fake opus audio');
    expect(telegram.callsOf('downloadFile')).not.toHaveLength(0);
  });

  it('hands a voice note to an assistant, with the audio attached, when transcription fails or the client keeps the LLM off', async () => {
    setNow(new Date('2026-11-24T10:30:00+01:00'));
    openai.failTranscriptions(true);
    try {
      const { client, user } = await linkedClient('it');
      telegram.addFile('voice-ko-1', Buffer.from('OggS unreadable'));
      await user.sendMessage({
        voice: { file_id: 'voice-ko-1', file_unique_id: 'vu2', duration: 4, mime_type: 'audio/ogg', file_size: 15 },
      });
      const [reply] = await replies(user);
      expect(reply!.text).toMatch(
        /^Non sono riuscito ad ascoltare il tuo messaggio vocale, quindi lo ascolterà un assistente \(richiesta #\d+\)\.$/,
      );
      const ticket = await prisma.ticket.findFirstOrThrow({
        where: { clientId: client.id },
        include: { attachments: true },
      });
      expect(ticket.summary).toBe('Messaggio vocale');
      expect(ticket.attachments.map((a) => [a.kind, a.channelFileId])).toEqual([['voice', 'voice-ko-1']]);
      const card = await waitFor(
        'chat.postMessage',
        (c) => c.body.channel === DESK && String(c.body.text).startsWith(`#${ticket.number} `),
      );
      expect(cardText(card)).toMatch(/:paperclip: <[^|>]+\/admin\/tickets\/\d+\/files\/[^|>]+\|voice/);
    } finally {
      openai.failTranscriptions(false);
    }

    const privateClient = await linkedClient('it', { llmEnabled: false });
    const uploads = openai.requests.filter((r) => r.path === '/v1/audio/transcriptions').length;
    telegram.addFile('voice-private-1', Buffer.from('OggS private'));
    await privateClient.user.sendMessage({
      voice: { file_id: 'voice-private-1', file_unique_id: 'vu3', duration: 2, mime_type: 'audio/ogg', file_size: 12 },
    });
    const [reply] = await replies(privateClient.user);
    expect(reply!.text).toContain('lo ascolterà un assistente');
    expect(openai.requests.filter((r) => r.path === '/v1/audio/transcriptions')).toHaveLength(uploads);
  });

  it('answers a take-message form with a missing or malformed field under that field, and saves nothing', async () => {
    const { client } = await linkedClient('it');
    const bad = await takeMessageInSlack({ clientId: client.id, caller: 'Mario', phone: 'chiamami', body: 'Ciao' });
    expect(bad.response!.errors).toEqual({ phone: 'Non salvato: numero di telefono non valido.' });
    const blank = await takeMessageInSlack({ clientId: client.id, caller: '  ', body: 'Ciao' });
    expect(blank.response!.errors).toEqual({ caller: 'Non salvato: nome di chi ha chiamato mancante.' });
    expect(await prisma.takenMessage.count({ where: { clientId: client.id } })).toBe(0);
  });

  it('finds any of 120 clients by part of its name in the take-a-message modal, never an erased or demo one', async () => {
    const tag = randomUUID().slice(0, 6);
    await prisma.client.createMany({
      data: Array.from({ length: 119 }, (_, i) => ({ name: `Azienda ${String(i + 1).padStart(3, '0')} ${tag}` })),
    });
    const last = await prisma.client.create({ data: { name: `Zanzara Servizi ${tag}` } });
    await prisma.client.create({ data: { name: `Zanzara Demo ${tag}`, isDemo: true } });
    await prisma.client.create({ data: { name: `Zanzara Cancellata ${tag}`, erasedAt: new Date() } });

    expect(await searchClients(`zanzara servizi ${tag}`.toUpperCase())).toEqual([{ text: last.name, value: last.id }]);
    expect(await searchClients(`zanzara`)).toEqual([{ text: last.name, value: last.id }]);
    expect(await searchClients(` ${tag}`)).toHaveLength(100);
    expect(await searchClients('  ')).toEqual([]);
    // What is typed is matched as written: % and _ are no wildcards.
    const percent = await prisma.client.create({ data: { name: `Sconti 100% ${tag}` } });
    expect(await searchClients('%')).toEqual([{ text: percent.name, value: percent.id }]);
    expect(await searchClients(`100% ${tag}`)).toEqual([{ text: percent.name, value: percent.id }]);
    expect(await searchClients('zanzara_servizi')).toEqual([]);
    expect(await searchClients('\\')).toEqual([]);

    const taken = await takeMessageInSlack({
      clientId: last.id,
      caller: 'Mario Rossi',
      body: 'Richiamare per il preventivo',
      search: 'zanzara',
    });
    expect(taken.dm).toContain(last.name);
    expect(await prisma.takenMessage.count({ where: { clientId: last.id } })).toBe(1);
  });
});
