import { createHash, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createInvite } from '../../src/domain/access/invites.js';
import type { PrismaClient } from '../../src/infra/db/types.js';
import { createTelegramClient } from '../support/telegram-clients.js';
import { messageEventEnvelope, postSigned, type FakeSlack, type FakeSlackCall } from '../support/fake-slack.js';
import { createStaff, StaffBrowser } from '../support/staff.js';
import type { FakeOpenAi } from '../support/fake-openai.js';
import { startEmulators, startIsolatedApp, type Emulators, type IsolatedApp } from '../support/isolated-app.js';
import type { EmulatedUser, TelegramEmulator } from '../support/telegram-emulator.js';
import { eventually } from '../support/workers.js';

/**
 * Clients' files end to end: sent on the emulated Telegram API and in the web chat, fetched and
 * kept in PostgreSQL, uploaded into the card's thread on the fake Slack, downloaded from the
 * back-office with the same bytes, and an assistant's file from the thread delivered to the
 * client. The app has a database of its own, since its workers fetch every pending file they see.
 */
const secret = 'slack-signing-secret-files';
const DESK = 'C0DESKFILES';
const giulia = 'UGIULIAFILES';
const MAX_MB = 1;

const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');
const pdf = (label: string, size = 40_000): Buffer =>
  Buffer.concat([Buffer.from(`%PDF-1.4 ${label}\n`), Buffer.alloc(size, label.charCodeAt(0))]);

describe('files clients send, kept and served', () => {
  let emulators: Emulators;
  let app: IsolatedApp;
  let slack: FakeSlack;
  let telegram: TelegramEmulator;
  let openai: FakeOpenAi;
  let prisma: PrismaClient;
  let url: string;

  beforeAll(async () => {
    emulators = await startEmulators();
    ({ slack, telegram, openai } = emulators);
    app = await startIsolatedApp({
      env: { ...emulators.env({ signingSecret: secret, deskChannel: DESK }), MAX_ATTACHMENT_MB: String(MAX_MB) },
      poolMax: 8,
      running: true,
    });
    ({ prisma, url } = app);
    await prisma.assistant.create({ data: { slackUserId: giulia, name: 'Giulia Bianchi', skills: ['translation'] } });
  });

  afterAll(async () => {
    await app?.stop();
    await emulators?.close();
  });

  async function telegramClient() {
    return createTelegramClient(prisma, telegram);
  }

  const reply = async (user: EmulatedUser) => (await user.waitForReplies(1, 20_000))[0]!;

  /** The card of the client's only ticket, and the uploads into its thread once `count` are there. */
  async function threadUploads(clientId: string, count: number) {
    const ticket = await eventually('the card', () =>
      prisma.ticket.findFirst({ where: { clientId, slackTs: { not: null } } }),
    );
    const completed = await eventually(
      'the uploads in the thread',
      async () => {
        const done = slack.calls.filter(
          (c) => c.method === 'files.completeUploadExternal' && c.body.thread_ts === ticket.slackTs,
        );
        return done.length >= count ? done : undefined;
      },
      20_000,
    );
    const bytes = (call: FakeSlackCall) => {
      const [file] = call.body.files as { id: string }[];
      const upload = slack.calls.find((c) => c.method === 'upload' && c.body.file_id === file!.id);
      return upload!.body.content as Buffer;
    };
    return {
      ticket,
      uploads: completed.map((c) => ({
        channel: c.body.channel_id,
        comment: c.body.initial_comment,
        content: bytes(c),
      })),
    };
  }

  /** What the back-office gives for each file listed on the ticket's page, logged in. */
  async function backOfficeDownloads(ticketNumber: number) {
    const staff = await createStaff('assistant', undefined, prisma);
    const browser = new StaffBrowser(url);
    await browser.loginOk(staff.email);
    const page = await browser.page(`/admin/tickets/${ticketNumber}`);
    const links = [...page.html.matchAll(/href="(\/admin\/tickets\/\d+\/files\/[^"]+)"/g)].map((m) => m[1]!);
    return Promise.all(
      links.map(async (link) => {
        const res = await browser.request(link);
        return { link, headers: res.headers, content: Buffer.from(await res.arrayBuffer()) };
      }),
    );
  }

  it("puts a client's PDF in the card's thread and behind the back-office login, with identical bytes", async () => {
    const { client, user } = await telegramClient();
    const bytes = pdf('contratto');
    telegram.addFile('pdf-1', bytes);
    await user.sendMessage({
      document: {
        file_id: 'pdf-1',
        file_unique_id: 'p1',
        file_name: 'contratto.pdf',
        mime_type: 'application/pdf',
        file_size: bytes.length,
      },
      caption: 'Traduci questo contratto in inglese entro venerdì',
    });
    expect((await reply(user)).text).toMatch(/^Ho aperto la richiesta #\d+/);

    const { ticket, uploads } = await threadUploads(client.id, 1);
    expect(uploads).toMatchObject([{ channel: DESK }]);
    expect(uploads[0]!.comment).toContain('ha inviato contratto.pdf');
    expect(sha256(uploads[0]!.content)).toBe(sha256(bytes));
    const [kept] = await prisma.attachment.findMany({ where: { ticketId: ticket.id } });
    expect(kept).toMatchObject({
      fileName: 'contratto.pdf',
      mimeType: 'application/pdf',
      sizeBytes: bytes.length,
      sha256: sha256(bytes),
    });

    const [download] = await backOfficeDownloads(ticket.number);
    expect(sha256(download!.content)).toBe(sha256(bytes));
    expect(download!.headers.get('content-type')).toBe('application/pdf');
    expect(download!.headers.get('content-disposition')).toMatch(/^attachment; filename="contratto.pdf"/);
    expect(download!.headers.get('x-content-type-options')).toBe('nosniff');
    const otherTicket = download!.link.replace(`/tickets/${ticket.number}/`, `/tickets/${ticket.number + 1000}/`);
    const staff = await createStaff('assistant', undefined, prisma);
    const browser = new StaffBrowser(url);
    await browser.loginOk(staff.email);
    expect((await browser.request(otherTicket)).status).toBe(404);
    const stranger = await fetch(`${url}${download!.link}`, { redirect: 'manual' });
    expect([stranger.status, stranger.headers.get('location')]).toEqual([
      303,
      `/admin/login?next=${encodeURIComponent(download!.link)}`,
    ]);
  });

  it('gives the desk a voice note in the thread: with its transcript, or to listen to when nobody could transcribe it', async () => {
    const heard = await telegramClient();
    const speech = Buffer.from('OggS voce trascritta '.repeat(200));
    telegram.addFile('voice-1', speech);
    openai.setTranscript('Traduci in inglese la lettera per il fornitore entro lunedì');
    await heard.user.sendMessage({
      voice: {
        file_id: 'voice-1',
        file_unique_id: 'v1',
        duration: 5,
        mime_type: 'audio/ogg',
        file_size: speech.length,
      },
    });
    await reply(heard.user);
    const transcribed = await threadUploads(heard.client.id, 1);
    expect(transcribed.uploads[0]!.comment).toContain(
      'Trascrizione: «Traduci in inglese la lettera per il fornitore entro lunedì»',
    );
    expect(sha256(transcribed.uploads[0]!.content)).toBe(sha256(speech));

    openai.failTranscriptions(true);
    try {
      const unheard = await telegramClient();
      const audio = Buffer.from('OggS incomprensibile '.repeat(300));
      telegram.addFile('voice-2', audio);
      await unheard.user.sendMessage({
        voice: {
          file_id: 'voice-2',
          file_unique_id: 'v2',
          duration: 7,
          mime_type: 'audio/ogg',
          file_size: audio.length,
        },
      });
      expect((await reply(unheard.user)).text).toContain('lo ascolterà un assistente');
      const { ticket, uploads } = await threadUploads(unheard.client.id, 1);
      expect(uploads[0]!.comment).toContain('senza trascrizione: ascoltalo qui');
      expect(sha256(uploads[0]!.content)).toBe(sha256(audio));
      const [download] = await backOfficeDownloads(ticket.number);
      expect(sha256(download!.content)).toBe(sha256(audio));
      expect(download!.headers.get('content-disposition')).toMatch(/^attachment; filename="voice.ogg"/);
    } finally {
      openai.failTranscriptions(false);
    }
  });

  it('refuses a file over MAX_ATTACHMENT_MB, by the size Telegram reports or the size it turns out to have, and keeps nothing', async () => {
    const { client, user } = await telegramClient();
    const big = Buffer.alloc(MAX_MB * 1024 * 1024 + 1, 7);
    telegram.addFile('big-reported', big);
    await user.sendMessage({
      document: { file_id: 'big-reported', file_unique_id: 'b1', file_name: 'scansione.pdf', file_size: big.length },
    });
    const refusal = "Questo file supera i 1 MB: non l'ho salvato e non ho dato seguito a questo messaggio.";
    expect((await reply(user)).text).toContain(refusal);
    telegram.addFile('big-unreported', big);
    await user.sendMessage({ document: { file_id: 'big-unreported', file_unique_id: 'b2', file_name: 'foto.pdf' } });
    expect((await reply(user)).text).toContain(refusal);

    expect(telegram.callsOf('getFile').filter((c) => c.body.file_id === 'big-reported')).toEqual([]);
    expect(await prisma.attachment.count({ where: { clientId: client.id } })).toBe(0);
    expect(await prisma.ticket.count({ where: { clientId: client.id } })).toBe(0);
  });

  it('retries a failed download from its job, showing it as not downloaded yet on the card until then', async () => {
    const { client, user } = await telegramClient();
    const bytes = pdf('ritardo');
    await user.sendMessage({
      document: {
        file_id: 'late-1',
        file_unique_id: 'l1',
        file_name: 'preventivo.pdf',
        mime_type: 'application/pdf',
        file_size: bytes.length,
      },
      caption: 'Traduci il preventivo in inglese entro giovedì',
    });
    await reply(user);
    const ticket = await eventually('the card', () =>
      prisma.ticket.findFirst({ where: { clientId: client.id, slackTs: { not: null } } }),
    );
    const card = await slack.waitForCall(
      'chat.postMessage',
      (c) => c.body.channel === DESK && String(c.body.text).startsWith(`#${ticket.number} `),
      20_000,
    );
    expect(JSON.stringify(card.body.blocks)).toContain('preventivo.pdf (file non ancora scaricato)');
    const pending = await prisma.attachment.findFirstOrThrow({ where: { ticketId: ticket.id } });
    expect(pending.storedAt).toBeNull();
    expect(pending.downloadAttempts).toBeGreaterThanOrEqual(1);

    telegram.addFile('late-1', bytes);
    const { uploads } = await threadUploads(client.id, 1);
    expect(sha256(uploads[0]!.content)).toBe(sha256(bytes));
    const redrawn = await slack.waitForCall(
      'chat.update',
      (c) =>
        c.body.ts === ticket.slackTs &&
        JSON.stringify(c.body.blocks).includes('preventivo.pdf') &&
        !JSON.stringify(c.body.blocks).includes('non ancora scaricato'),
      20_000,
    );
    expect(redrawn).toBeDefined();
  });

  it("fetches a file a client shares in a Slack DM with the bot token, into the card's thread", async () => {
    const client = await prisma.client.create({ data: { name: `Studio ${randomUUID().slice(0, 8)}`, lang: 'it' } });
    await prisma.channelIdentity.create({
      data: { clientId: client.id, channel: 'slack', externalUserId: 'U0FILESDM', chatId: 'D0FILESDM' },
    });
    const bytes = pdf('bilancio');
    const shared = slack.addFile({ name: 'bilancio.pdf', mimetype: 'application/pdf', content: bytes });
    const answer = await postSigned(`${url}/slack/events`, secret, {
      json: messageEventEnvelope({
        channel: 'D0FILESDM',
        user: 'U0FILESDM',
        subtype: 'file_share',
        text: 'Traduci il bilancio in inglese entro venerdì',
        files: [{ id: shared.id, name: shared.name, mimetype: shared.mimetype, size: shared.size, mode: 'hosted' }],
      }),
    });
    expect(answer.status).toBe(200);
    const { uploads } = await threadUploads(client.id, 1);
    expect(sha256(uploads[0]!.content)).toBe(sha256(bytes));
    expect(slack.calls.find((c) => c.method === 'files.info' && c.body.file === shared.id)?.token).toBe(
      emulators.slackBotToken,
    );
  });

  it("sends an assistant's file from the card's thread to the client on Telegram", async () => {
    const { client, user } = await telegramClient();
    await user.sendText('Traduci la lettera di presentazione in inglese entro venerdì');
    await reply(user);
    const ticket = await eventually('the card', () =>
      prisma.ticket.findFirst({ where: { clientId: client.id, slackTs: { not: null } } }),
    );
    const translated = pdf('traduzione');
    const shared = slack.addFile({ name: 'cover-letter.pdf', mimetype: 'application/pdf', content: translated });
    const answer = await postSigned(`${url}/slack/events`, secret, {
      json: messageEventEnvelope({
        channel: ticket.slackChannel!,
        channelType: 'channel',
        user: giulia,
        threadTs: ticket.slackTs!,
        subtype: 'file_share',
        text: 'Ecco la traduzione',
        files: [{ id: shared.id, name: shared.name, mimetype: shared.mimetype, size: shared.size }],
      }),
    });
    expect(answer.status).toBe(200);
    const [text, file] = await user.waitForReplies(2, 20_000);
    expect(text!.text).toBe('Ecco la traduzione\n\n— Giulia, richiesta #' + ticket.number);
    expect(file!.document?.fileName).toBe('cover-letter.pdf');
    expect(sha256(file!.document!.content)).toBe(sha256(translated));
    expect(file!.text).toBe(`— Giulia, richiesta #${ticket.number}`);
  });

  it("takes a file attached in the web chat, and refuses one too large there in the client's language", async () => {
    const client = await prisma.client.create({ data: { name: `Studio ${randomUUID().slice(0, 8)}`, lang: 'it' } });
    const { code } = await createInvite(prisma, client.id, new Date());
    const first = await fetch(`${url}/`);
    const cookie = first.headers.getSetCookie()[0]!.split(';')[0]!;
    const accessCsrf = /name="_csrf" value="([^"]+)"/.exec(await first.text())![1]!;
    const linked = await fetch(`${url}/access`, {
      method: 'POST',
      redirect: 'manual',
      headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ _csrf: accessCsrf, code }).toString(),
    });
    expect(linked.status).toBe(303);
    const csrf = /name="csrf-token" content="([^"]+)"/.exec(
      await (await fetch(`${url}/`, { headers: { cookie } })).text(),
    )![1]!;
    const attach = (content: Buffer, name: string) => {
      const form = new FormData();
      form.set('idempotencyKey', randomUUID());
      form.set('file', new Blob([new Uint8Array(content)], { type: 'application/pdf' }), name);
      return fetch(`${url}/chat/files`, {
        method: 'POST',
        headers: { cookie, accept: 'application/json', 'x-csrf-token': csrf },
        body: form,
      });
    };

    const bytes = pdf('visura');
    const forged = new FormData();
    forged.set('idempotencyKey', randomUUID());
    forged.set('file', new Blob([new Uint8Array(bytes)]), 'visura.pdf');
    const noToken = await fetch(`${url}/chat/files`, { method: 'POST', headers: { cookie }, body: forged });
    expect(noToken.status).toBe(403);
    expect((await attach(bytes, 'visura.pdf')).status).toBe(200);
    const ticket = await eventually('the ticket', () => prisma.ticket.findFirst({ where: { clientId: client.id } }));
    expect(ticket.summary).toBe('File inviato dal cliente');
    const { uploads } = await threadUploads(client.id, 1);
    expect(sha256(uploads[0]!.content)).toBe(sha256(bytes));

    const tooLarge = await attach(Buffer.alloc(MAX_MB * 1024 * 1024 + 100 * 1024, 1), 'enorme.pdf');
    expect(tooLarge.status).toBe(413);
    expect(((await tooLarge.json()) as { error: string }).error).toMatch(/^Questo file supera i 1 MB/);
    expect(await prisma.attachment.count({ where: { clientId: client.id } })).toBe(1);
  });
});
