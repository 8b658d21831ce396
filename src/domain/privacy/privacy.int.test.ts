import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../infra/logger.js';
import { runAdmin } from '../../../test/support/cli.js';
import { createTestAssistant, createTestClient, testPrisma, uniqueTag } from '../../../test/support/db.js';
import { conversationHarness } from '../../../test/support/conversation.js';
import { exportFormat } from './export.js';
import { purgeExpiredOffers, purgeMailTexts, purgeMessageBodies, startMessageRetention } from './retention.js';

/** `npm run admin -- ARGS` against the run's database, as an operator would type it. */
const admin = (...args: string[]) => runAdmin(args, { env: { LOG_LEVEL: 'silent' } });

/** A client with something in every table that holds personal data; the texts are unique words. */
async function clientWithHistory() {
  const prisma = testPrisma();
  const tag = uniqueTag();
  const secret = {
    name: `Studio Segreto ${tag}`,
    body: `parla con la dottoressa Bianchi ${tag}`,
    reminder: `ritirare le analisi ${tag}`,
    booking: `visita cardiologica ${tag}`,
    ticket: `traduci il referto medico ${tag}`,
    note: `nota interna ${tag}`,
    feed: `feed-${tag}`,
    display: `Maria ${tag}`,
  };
  const client = await createTestClient(prisma, {
    name: secret.name,
    calendarFeedToken: secret.feed,
    availabilityNote: secret.note,
  });
  const assistant = await createTestAssistant(prisma);
  await prisma.channelIdentity.create({
    data: {
      clientId: client.id,
      channel: 'telegram',
      externalUserId: `tg-${tag}`,
      chatId: `chat-${tag}`,
      displayName: secret.display,
    },
  });
  const invite = await prisma.invite.create({
    data: { clientId: client.id, code: `CODE${tag}`.toUpperCase(), expiresAt: new Date('2030-01-01') },
  });
  const conversation = await prisma.conversation.create({ data: { clientId: client.id, channel: 'telegram' } });
  const inbound = await prisma.message.create({
    data: {
      conversationId: conversation.id,
      clientId: client.id,
      direction: 'inbound',
      channel: 'telegram',
      body: secret.body,
      idempotencyKey: `k-${tag}`,
    },
  });
  await prisma.message.create({
    data: {
      conversationId: conversation.id,
      clientId: client.id,
      direction: 'outbound',
      channel: 'telegram',
      body: `Ok ${secret.body}`,
    },
  });
  const ticket = await prisma.ticket.create({
    data: {
      clientId: client.id,
      summary: secret.ticket,
      details: secret.ticket,
      category: 'translation',
      status: 'done',
      assigneeId: assistant.id,
      doneAt: new Date(),
      rating: 5,
      outcomeNote: secret.note,
      sourceMessageId: inbound.id,
    },
  });
  await prisma.ticketEvent.create({
    data: {
      ticketId: ticket.id,
      kind: 'internal_note',
      actor: 'assistant',
      assistantId: assistant.id,
      data: { text: secret.note },
    },
  });
  await prisma.timeEntry.create({
    data: { ticketId: ticket.id, assistantId: assistant.id, minutes: 45, note: secret.note },
  });
  const attachment = await prisma.attachment.create({
    data: {
      clientId: client.id,
      ticketId: ticket.id,
      messageId: inbound.id,
      kind: 'document',
      fileName: `referto-${tag}.pdf`,
      channelFileId: `file-${tag}`,
      storedAt: new Date('2029-12-01T00:00:00Z'),
      content: { create: { content: new Uint8Array(Buffer.from(`%PDF referto ${tag}`)) } },
    },
  });
  await prisma.reminder.create({
    data: {
      clientId: client.id,
      text: secret.reminder,
      firstDueAt: new Date('2030-01-01T09:00:00Z'),
      tz: 'Europe/Rome',
      nextOccurrenceAt: new Date('2030-01-01T09:00:00Z'),
      occurrences: { create: { dueAt: new Date('2030-01-01T09:00:00Z') } },
    },
  });
  await prisma.booking.create({
    data: {
      clientId: client.id,
      title: secret.booking,
      withWhom: secret.display,
      startsAt: new Date('2030-01-02T09:00:00Z'),
      endsAt: new Date('2030-01-02T10:00:00Z'),
      status: 'confirmed',
      changedAt: new Date('2029-12-01T00:00:00Z'),
    },
  });
  return { client, ticket, invite, secret, tag, attachment };
}

describe('npm run admin -- export / erase (GDPR)', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'delego-export-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('exports every piece of a client to a file only its owner can read, without secrets', async () => {
    const { client, invite, secret } = await clientWithHistory();
    const out = join(dir, `${client.id}.json`);

    const result = await admin('export', '--client', client.id, '--out', out);

    expect(result).toMatchObject({ code: 0 });
    expect(result.stdout).toContain('2 messages, 1 tickets');
    expect((await stat(out)).mode & 0o777).toBe(0o600);
    const data = JSON.parse(await readFile(out, 'utf8'));
    expect(data).toMatchObject({
      format: exportFormat,
      client: { id: client.id, name: secret.name, calendarFeedEnabled: true },
      identities: [{ channel: 'telegram', displayName: secret.display }],
      messages: [{ direction: 'inbound', body: secret.body }, { direction: 'outbound' }],
      attachments: [{ kind: 'document' }],
      reminders: [{ text: secret.reminder, occurrences: [{ status: 'pending' }] }],
      bookings: [{ title: secret.booking }],
      tickets: [
        { details: secret.ticket, rating: 5, events: [{ kind: 'internal_note' }], timeEntries: [{ minutes: 45 }] },
      ],
    });
    const text = JSON.stringify(data);
    expect(text).not.toContain(secret.feed);
    expect(text).not.toContain(invite.code);
  });

  it('erases personal data and keeps anonymous ticket statistics', async () => {
    const prisma = testPrisma();
    const { client, ticket, secret, attachment } = await clientWithHistory();

    const result = await admin('erase', '--client', client.id);

    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      '1 identities, 1 invites, 1 conversations, 2 messages, 1 attachments, 1 reminders, 1 bookings',
    );
    const where = { clientId: client.id };
    const left = await Promise.all([
      prisma.channelIdentity.count({ where }),
      prisma.invite.count({ where }),
      prisma.conversation.count({ where }),
      prisma.message.count({ where }),
      prisma.attachment.count({ where }),
      prisma.reminder.count({ where }),
      prisma.booking.count({ where }),
    ]);
    expect(left).toEqual([0, 0, 0, 0, 0, 0, 0]);
    // the file's bytes went with it, in the same transaction
    expect(await prisma.attachmentContent.count({ where: { attachmentId: attachment.id } })).toBe(0);

    const kept = await prisma.ticket.findUniqueOrThrow({
      where: { id: ticket.id },
      include: { events: true, timeEntries: true },
    });
    expect(kept).toMatchObject({
      number: ticket.number,
      category: 'translation',
      status: 'done',
      rating: 5,
      createdAt: ticket.createdAt,
      doneAt: ticket.doneAt,
      summary: '',
      details: '',
      outcomeNote: null,
    });
    expect(kept.timeEntries).toMatchObject([{ minutes: 45, note: null }]);
    expect(kept.events.map((e) => e.kind)).toContain('internal_note');

    const erased = await prisma.client.findUniqueOrThrow({ where: { id: client.id } });
    expect(erased.erasedAt).not.toBeNull();
    // Nothing that identifies the client or repeats what they wrote is left anywhere.
    const everything = (await admin('export', '--client', client.id)).stdout;
    expect(JSON.parse(everything)).toMatchObject({
      client: { id: client.id, name: '' },
      messages: [],
      tickets: [{ number: ticket.number, rating: 5 }],
    });
    for (const value of Object.values(secret)) expect(everything).not.toContain(value);
  });

  it('treats an erased client writing again as a stranger, and can run twice', async () => {
    const { client, tag } = await clientWithHistory();
    expect((await admin('erase', '--client', client.id)).code).toBe(0);
    expect((await admin('erase', '--client', client.id)).code).toBe(0);

    const harness = conversationHarness({ now: new Date('2026-11-23T09:00:00Z') });
    try {
      const answer = await harness.say(`tg-${tag}`, 'ricordami domani alle 9 di chiamare Rossi');
      expect(answer?.text).toMatch(/codice d'invito/);
      expect(await testPrisma().reminder.count({ where: { clientId: client.id } })).toBe(0);
    } finally {
      await harness.close();
    }
  });

  it('refuses a malformed or unknown client id with one line and exit code 1', async () => {
    const malformed = await admin('erase', '--client', 'Studio Rossi');
    expect(malformed).toMatchObject({
      code: 1,
      stderr: 'admin: --client must be a client id (a UUID, shown by the invite command)\n',
    });
    const unknown = await admin('export', '--client', randomUUID());
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/^admin: no client with id [0-9a-f-]{36}\n$/);
  });
});

describe('npm run admin -- client --llm', () => {
  it('turns LLM understanding off and on for one client', async () => {
    const prisma = testPrisma();
    const client = await createTestClient(prisma);
    const other = await createTestClient(prisma);

    const off = await admin('client', '--id', client.id, '--llm', 'off');
    expect(off.code).toBe(0);
    expect(off.stdout).toMatch(/LLM understanding off/);
    expect((await prisma.client.findUniqueOrThrow({ where: { id: client.id } })).llmEnabled).toBe(false);
    expect((await prisma.client.findUniqueOrThrow({ where: { id: other.id } })).llmEnabled).toBe(true);

    expect((await admin('client', '--id', client.id, '--llm', 'on')).code).toBe(0);
    expect((await prisma.client.findUniqueOrThrow({ where: { id: client.id } })).llmEnabled).toBe(true);

    expect(await admin('client', '--id', client.id, '--llm', 'maybe')).toMatchObject({
      code: 1,
      stderr: 'admin: --llm must be on or off\n',
    });
  });
});

describe('message retention', () => {
  // Dates long before any other test's rows: the purge runs on the shared database.
  const old = new Date('2001-03-01T10:00:00Z');
  const recent = new Date('2003-05-01T10:00:00Z');
  const now = new Date('2003-06-01T10:00:00Z');

  async function messagesAt(dates: Date[]) {
    const prisma = testPrisma();
    const client = await createTestClient(prisma);
    const conversation = await prisma.conversation.create({ data: { clientId: client.id, channel: 'telegram' } });
    const ids: string[] = [];
    for (const [i, createdAt] of dates.entries()) {
      ids.push(
        (
          await prisma.message.create({
            data: {
              conversationId: conversation.id,
              clientId: client.id,
              direction: i % 2 ? 'outbound' : 'inbound',
              channel: 'telegram',
              body: `testo ${i}`,
              createdAt,
            },
          })
        ).id,
      );
    }
    const bodies = async () =>
      (await prisma.message.findMany({ where: { id: { in: ids } }, orderBy: { createdAt: 'asc' } })).map((m) => m.body);
    return { bodies };
  }

  it('blanks the texts of messages older than the retention, in both directions, and keeps the rows', async () => {
    const { bodies } = await messagesAt([old, old, recent]);
    const purged = await purgeMessageBodies(testPrisma(), new Date('2002-06-01T00:00:00Z'));
    expect(purged).toBeGreaterThanOrEqual(2);
    expect(await bodies()).toEqual([null, null, 'testo 2']);
  });

  it('runs at start and then on its interval', async () => {
    const { bodies } = await messagesAt([old, recent]);
    let clock = now;
    const timer = startMessageRetention({
      db: testPrisma(),
      logger: createLogger({ level: 'silent', pretty: false }),
      retentionDays: 365,
      clock: () => clock,
      everyMs: 200,
    });
    try {
      await expect.poll(bodies).toEqual([null, 'testo 1']);
      clock = new Date(recent.getTime() + 366 * 86_400_000);
      await expect.poll(bodies).toEqual([null, null]);
    } finally {
      await timer.stop();
    }
  });

  it('blanks the words of old e-mails and of drafts asked in chat, and keeps the recent ones', async () => {
    const prisma = testPrisma();
    const client = await createTestClient(prisma);
    const conversation = await prisma.conversation.create({ data: { clientId: client.id, channel: 'web' } });
    const mailbox = await prisma.mailbox.create({
      data: {
        ...{ clientId: client.id, imapHost: 'imap.test', imapPort: 993, smtpHost: 'smtp.test', smtpPort: 465 },
        ...{ tls: 'tls', user: 'studio', secret: 'v1.sealed' },
      },
    });
    const mailAt = (at: Date, n: number) =>
      prisma.mailMessage.create({
        data: {
          ...{ mailboxId: mailbox.id, clientId: client.id, messageId: `<${n}@test>`, uidValidity: 1n, uid: BigInt(n) },
          ...{
            triage: 'ticket',
            reason: 'needs-answer',
            text: `testo ${n}`,
            suggestedReply: `risposta ${n}`,
            createdAt: at,
          },
        },
      });
    await mailAt(old, 1);
    await mailAt(recent, 2);
    const draft = { clientId: client.id, conversationId: conversation.id, status: 'sent', updatedAt: old };
    await prisma.mailDraft.create({ data: { ...draft, instructions: 'confermo', text: 'Confermo.', createdAt: old } });
    await purgeMailTexts(prisma, new Date('2002-06-01T00:00:00Z'));
    const mails = await prisma.mailMessage.findMany({ where: { clientId: client.id }, orderBy: { uid: 'asc' } });
    expect(mails.map((m) => [m.text, m.suggestedReply])).toEqual([
      [null, null],
      ['testo 2', 'risposta 2'],
    ]);
    const drafts = await prisma.mailDraft.findMany({ where: { clientId: client.id } });
    expect(drafts.map((d) => [d.instructions, d.text])).toEqual([['', '']]);
  });

  it('drops slot offers a week past their expiry and keeps the others', async () => {
    const prisma = testPrisma();
    const client = await createTestClient(prisma);
    const offer = (key: string, expiresAt: string) =>
      prisma.slotOffer.create({
        data: { clientId: client.id, key, title: 'udienza', createdAt: now, expiresAt: new Date(expiresAt) },
      });
    await offer('0000000a', '2002-01-01T00:00:00Z');
    await offer('0000000b', '2002-05-30T00:00:00Z');
    await purgeExpiredOffers(prisma, new Date('2002-06-01T00:00:00Z'));
    const kept = await prisma.slotOffer.findMany({ where: { clientId: client.id }, select: { key: true } });
    expect(kept.map((o) => o.key)).toEqual(['0000000b']);
  });
});
