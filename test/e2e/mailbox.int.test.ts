import { randomBytes } from 'node:crypto';
import MailComposer from 'nodemailer/lib/mail-composer/index.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOutbound } from '../../src/channels/outbound.js';
import { postgresFileStore } from '../../src/domain/files/store.js';
import { FAILING_TOLD_AFTER_MS } from '../../src/domain/mailbox/health.js';
import { saveMailbox } from '../../src/domain/mailbox/settings.js';
import { watchMailbox } from '../../src/jobs/mail/watcher.js';
import { createLogger } from '../../src/infra/logger.js';
import type { OutboundMessage } from '../../src/kernel/messaging.js';
import { exportClientData } from '../../src/domain/privacy/export.js';
import { eraseClient } from '../../src/domain/privacy/erase.js';
import { checkMailServers } from '../../src/infra/mail/check.js';
import { createSecretBox } from '../../src/infra/mail/secret-box.js';
import { runAdmin } from '../support/cli.js';
import { testPrisma, uniqueTag } from '../support/db.js';
import { startDeskChat, type DeskChat } from '../support/desk-chat.js';
import { startDovecot, type Dovecot } from '../support/dovecot.js';
import { startSmtp } from '../support/smtp.js';
import { createStaff, serveBackOffice, StaffBrowser } from '../support/staff.js';
import { eventually } from '../support/workers.js';
import { deliverForTicket, expectThreadedReply, folderMessages, ticketsOf, withWorkers } from '../support/mail-flow.js';

/**
 * The client's mailbox end to end, against a real Dovecot (IMAP) and an SMTP server delivering
 * into it: mail becomes tickets, the desk's answer goes out threaded and lands in Sent, a stopped
 * watcher catches up, bad credentials give one line, a VIP message waits out a meeting.
 */
const MAILBOX_KEY = randomBytes(32).toString('hex');
const SECRET = 'mail-signing-secret';
const DESK = 'C0MAILDESK';
const db = testPrisma();

let dovecot: Dovecot;
let smtp: Awaited<ReturnType<typeof startSmtp>>;
let chat: DeskChat;
const passwords = new Map<string, string>();

async function user(name: string): Promise<{ name: string; address: string; password: string }> {
  const password = `pw-${uniqueTag()}`;
  await dovecot.addUser(name, password);
  passwords.set(name, password);
  return { name, address: `${name}@example.test`, password };
}

async function mail(fields: Record<string, unknown>): Promise<Buffer> {
  return new MailComposer({ date: new Date(), ...fields }).compile().build();
}

async function connectMailbox(clientId: string, owner: { name: string; password: string }, extra: string[] = []) {
  return runAdmin(
    [
      'mailbox',
      ...['--client', clientId, '--imap-host', '127.0.0.1', '--imap-port', String(dovecot.port)],
      ...['--smtp-host', '127.0.0.1', '--smtp-port', String(smtp.port), '--tls', 'none'],
      ...['--user', owner.name, '--from', `${owner.name}@example.test`, '--password-stdin', ...extra],
    ],
    { env: { MAILBOX_KEY, DESK_LANG: 'it' }, stdin: `${owner.password}\n` },
  );
}

/** The same connection the CLI and the back-office make, without spawning a process. */
async function saveDirectly(clientId: string, owner: { name: string; password: string }, vipSenders: string[] = []) {
  const box = createSecretBox(Buffer.from(MAILBOX_KEY, 'hex'));
  const outcome = await saveMailbox(
    { prisma: db, box, check: checkMailServers },
    {
      clientId,
      imapHost: '127.0.0.1',
      imapPort: dovecot.port,
      smtpHost: '127.0.0.1',
      smtpPort: smtp.port,
      tls: 'none',
      user: owner.name,
      secret: owner.password,
      fromAddress: `${owner.name}@example.test`,
      vipSenders,
    },
  );
  expect(outcome.kind === 'failed' ? outcome.failure : outcome.kind).toBe('saved');
}

/** Quiet hours twelve hours away from now in Rome, so they never hold what the test expects now. */
function quietHoursAwayFromNow() {
  const hour = Number(
    new Intl.DateTimeFormat('en-GB', { hour: '2-digit', timeZone: 'Europe/Rome' }).format(new Date()),
  );
  const at = (h: number) => `${String(h % 24).padStart(2, '0')}:00`;
  return { quietHoursStart: at(hour + 12), quietHoursEnd: at(hour + 13) };
}

/** The worker's watcher of one mailbox on an injected clock, telling the client through `told`. */
function watchWithClock(mailboxId: string, clock: () => Date, told: OutboundMessage[], published: string[]) {
  const telegram = { send: async (_chat: string, message: OutboundMessage) => (told.push(message), {}) };
  return watchMailbox(
    {
      intake: {
        prisma: db,
        outbound: createOutbound({ telegram }),
        clock,
        logger: createLogger({ level: 'silent', pretty: false }),
        files: { store: postgresFileStore, maxBytes: 10 * 1024 * 1024 },
        releaseAt: async () => undefined,
        publish: async (events) => void published.push(...events.map((e) => e.type)),
        deskLang: 'it',
      },
      box: createSecretBox(Buffer.from(MAILBOX_KEY, 'hex')),
      backoff: { firstMs: 20, maxMs: 50 },
    },
    mailboxId,
  );
}

beforeAll(async () => {
  dovecot = await startDovecot();
  smtp = await startSmtp(dovecot, passwords);
  chat = await startDeskChat(() => new Date(), SECRET, DESK, { MAILBOX_KEY });
});

afterAll(async () => {
  await chat?.stop();
  await smtp?.close();
  await dovecot?.stop();
});

describe('the client mailbox', { timeout: 120_000 }, () => {
  it('turns a delivered e-mail into a ticket with its attachment, and sends the desk answer threaded and into Sent', async () => {
    const { client } = await chat.linked('it');
    const studio = await user(`studio${uniqueTag()}`);
    const rossi = await user(`rossi${uniqueTag()}`);
    const connected = await connectMailbox(client.id, studio);
    expect(connected.code, connected.out).toBe(0);
    await withWorkers(chat.app.delego, async () => {
      const pdf = Buffer.from('%PDF-1.4 preventivo');
      const original = await mail({
        from: `Mario Rossi <${rossi.address}>`,
        to: studio.address,
        subject: 'Preventivo ristrutturazione',
        messageId: `<preventivo-${uniqueTag()}@example.test>`,
        html: '<p>Buongiorno, <b>mi mandate</b> il preventivo?</p><script>alert(1)</script>',
        attachments: [{ filename: 'capitolato.pdf', content: pdf, contentType: 'application/pdf' }],
      });
      const [ticket] = await deliverForTicket(dovecot, studio, original, client.id);
      expect(ticket!.category).toBe('email');
      expect(ticket!.details).toContain('mi mandate il preventivo');
      expect(ticket!.details).not.toContain('<b>');
      expect(ticket!.attachments.map((a) => [a.fileName, a.sizeBytes])).toEqual([['capitolato.pdf', pdf.length]]);

      const ts = await chat.cardOf(ticket!.id);
      await chat.giuliaWrites(ticket!, ts, 'Buongiorno, glielo mandiamo entro giovedì.');
      await expectThreadedReply(dovecot, {
        sender: rossi,
        studio,
        original,
        subject: 'Re: Preventivo ristrutturazione',
        text: 'glielo mandiamo entro giovedì',
      });
      await chat.slack.waitForCall('chat.postEphemeral', (c) => String(c.body.text).includes(rossi.address), 10_000);
    });
  });

  it('catches up after the watcher was stopped: every message once, a copy of one already read not again', async () => {
    const { client } = await chat.linked('it');
    const studio = await user(`studio${uniqueTag()}`);
    await saveDirectly(client.id, studio);
    const from = `Anna Verdi <anna${uniqueTag()}@example.test>`;
    const first = await mail({
      from,
      to: studio.address,
      subject: 'Prima',
      text: 'uno',
      messageId: `<a-${uniqueTag()}@x>`,
    });
    const firstTickets = await withWorkers(chat.app.delego, () => deliverForTicket(dovecot, studio, first, client.id));
    expect(firstTickets).toHaveLength(1);

    for (const subject of ['Seconda', 'Terza'])
      await dovecot.deliver(
        studio.name,
        studio.password,
        await mail({ from, to: studio.address, subject, text: subject }),
      );
    await dovecot.deliver(studio.name, studio.password, first);
    await withWorkers(chat.app.delego, async () => {
      const mailbox = await eventually(
        'all four read',
        async () => {
          const row = await db.mailbox.findUnique({ where: { clientId: client.id } });
          return row && row.lastUid >= 4n ? row : undefined;
        },
        20_000,
      );
      expect(mailbox.lastUid).toBe(4n);
      const tickets = await ticketsOf(client.id);
      expect(tickets.map((t) => t.summary)).toEqual([
        expect.stringContaining('Prima'),
        expect.stringContaining('Seconda'),
        expect.stringContaining('Terza'),
      ]);
      expect(await db.mailMessage.count({ where: { clientId: client.id } })).toBe(3);
    });
  });

  it('says in one line that the login was refused, and saves nothing', async () => {
    const { client } = await chat.linked('it');
    const studio = await user(`studio${uniqueTag()}`);
    const run = await connectMailbox(client.id, { name: studio.name, password: 'not-the-password' });
    expect(run.code).toBe(1);
    expect(run.out.split('\n')).toHaveLength(1);
    expect(run.out).toContain(`Il server IMAP ha rifiutato l'accesso di ${studio.name}`);
    expect(run.out).not.toContain('not-the-password');
    expect(await db.mailbox.findUnique({ where: { clientId: client.id } })).toBeNull();
  });

  it('holds a VIP e-mail while the client is in a meeting and tells it when the client is back', async () => {
    const { client, user: mario } = await chat.linked('it');
    const studio = await user(`studio${uniqueTag()}`);
    await saveDirectly(client.id, studio, ['@bigclient.test']);
    await db.client.update({
      where: { id: client.id },
      data: { availabilityKind: 'dnd', availabilityUntil: new Date(Date.now() + 3600_000), ...quietHoursAwayFromNow() },
    });
    await withWorkers(chat.app.delego, async () => {
      const vip = await mail({
        from: 'Il Capo <capo@bigclient.test>',
        to: studio.address,
        subject: 'Contratto firmato',
        text: 'Chiamami.',
      });
      await dovecot.deliver(studio.name, studio.password, vip);
      const held = await eventually(
        'the held notice',
        () => db.takenMessage.findFirst({ where: { clientId: client.id, source: 'email', status: 'held' } }),
        20_000,
      );
      expect(held.callerName).toContain('capo@bigclient.test');
      expect(await ticketsOf(client.id)).toEqual([]);
      await mario.sendText('sono tornato');
      const replies = await mario.waitForReplies(2, 30_000);
      const told = replies.find((r) => r.text.includes('Email importante'));
      expect(told?.text).toContain('Email importante da Il Capo <capo@bigclient.test>: "Contratto firmato"');
    });
  });

  it('never exports the credential and erases the mailbox with the client', async () => {
    const { client } = await chat.linked('it');
    const studio = await user(`studio${uniqueTag()}`);
    await saveDirectly(client.id, studio);
    const row = await db.mailbox.findUniqueOrThrow({ where: { clientId: client.id } });
    expect(row.secret).not.toContain(studio.password);
    const exported = JSON.stringify(await exportClientData(db, client.id, new Date()));
    expect(exported).toContain(studio.name);
    expect(exported).not.toContain(studio.password);
    expect(exported).not.toContain(row.secret);
    const report = await eraseClient(db, client.id, new Date());
    expect(report.mailboxes).toBe(1);
    expect(await db.mailbox.findUnique({ where: { clientId: client.id } })).toBeNull();
  });

  it('is connected, changed and removed from the client page by an admin, the test failure in words, the password never shown', async () => {
    const { client } = await chat.linked('it');
    const studio = await user(`studio${uniqueTag()}`);
    const admin = await createStaff('admin');
    const browser = new StaffBrowser(chat.app.url);
    await browser.loginOk(admin.email);
    const page = `/admin/clients/${client.id}`;
    expect((await browser.page(page)).html).toContain('No mailbox connected.');
    const fields = {
      ...{ imapHost: '127.0.0.1', imapPort: String(dovecot.port), smtpHost: '127.0.0.1' },
      ...{ smtpPort: String(smtp.port), tls: 'none', user: studio.name, auth: 'password' },
      ...{ fromAddress: studio.address, vipSenders: '' },
    };

    const refused = await browser.submit(`${page}/mailbox`, { ...fields, secret: 'not-the-password' });
    expect(refused.status).toBe(400);
    expect(refused.html).toContain(`The IMAP server refused the login of ${studio.name}`);
    expect(refused.html).not.toContain('not-the-password');
    expect(await db.mailbox.findUnique({ where: { clientId: client.id } })).toBeNull();

    const saved = await browser.submit(`${page}/mailbox`, { ...fields, secret: studio.password });
    expect(saved.status).toBe(303);
    const shown = (await browser.page(saved.location!)).html;
    expect(shown).toContain('Mailbox connected');
    expect(shown).toContain(`Connected: ${studio.name}`);
    expect(shown).not.toContain(studio.password);
    expect(shown).toContain('name="secret" value=""');

    // changed without typing the password again: the saved one is tested and kept
    const changed = await browser.submit(`${page}/mailbox`, {
      ...fields,
      vipSenders: 'boss@big.test, @vip.test',
      secret: '',
    });
    expect(changed.status).toBe(303);
    const row = await db.mailbox.findUniqueOrThrow({ where: { clientId: client.id } });
    expect(row.vipSenders).toEqual(['boss@big.test', '@vip.test']);
    expect(row.secret).not.toContain(studio.password);

    const removed = await browser.submit(`${page}/mailbox/remove`, {});
    expect(removed.status).toBe(303);
    expect((await browser.page(`${page}?mailbox=removed`)).html).toContain('Mailbox disconnected');
    expect(await db.mailbox.findUnique({ where: { clientId: client.id } })).toBeNull();
  });

  it('says on the client page that mailboxes are off without MAILBOX_KEY', async () => {
    const { client } = await chat.linked('it');
    const server = await serveBackOffice({ clock: () => new Date() });
    try {
      const admin = await createStaff('admin');
      const browser = new StaffBrowser(`http://127.0.0.1:${server.port}`);
      await browser.loginOk(admin.email);
      const shown = (await browser.page(`/admin/clients/${client.id}`)).html;
      expect(shown).toContain('MAILBOX_KEY is not set');
      expect(shown).not.toContain('name="imapHost"');
      const posted = await browser.submit(`/admin/clients/${client.id}/mailbox`, { imapHost: 'imap.example.com' });
      expect(posted.status).toBe(409);
    } finally {
      await server.close();
    }
  });

  it('sends the back-office desk reply of an e-mail ticket from the client mailbox, threaded and into Sent', async () => {
    const { client } = await chat.linked('it');
    const studio = await user(`studio${uniqueTag()}`);
    const bianchi = await user(`bianchi${uniqueTag()}`);
    await saveDirectly(client.id, studio);
    await withWorkers(chat.app.delego, async () => {
      const original = await mail({
        from: `Luca Bianchi <${bianchi.address}>`,
        to: studio.address,
        subject: 'Sopralluogo in cantiere',
        messageId: `<sopralluogo-${uniqueTag()}@example.test>`,
        text: 'Possiamo fare il sopralluogo martedì mattina?',
      });
      const [ticket] = await deliverForTicket(dovecot, studio, original, client.id);
      const assistant = await createStaff('assistant');
      const browser = new StaffBrowser(chat.app.url);
      await browser.loginOk(assistant.email);
      const page = await browser.page(`/admin/tickets/${ticket!.number}`);
      expect(page.html).toContain('the reply goes to the sender from the client\u2019s mailbox');
      const key = /name="key" value="([^"]+)"/.exec(page.html)![1]!;
      const text = 'Martedì alle 9 va benissimo, a presto.';
      const posted = await browser.submit(`/admin/tickets/${ticket!.number}/reply`, { key, text });
      expect(posted.status).toBe(303);
      // the same form sent again (a double click) sends no second e-mail
      expect((await browser.submit(`/admin/tickets/${ticket!.number}/reply`, { key, text })).status).toBe(303);
      const after = await browser.page(`/admin/tickets/${ticket!.number}`);
      expect(after.html).toContain(bianchi.address);

      const subject = 'Re: Sopralluogo in cantiere';
      await expectThreadedReply(dovecot, { sender: bianchi, studio, original, subject, text });
      expect(await folderMessages(dovecot, bianchi, 'INBOX')).toHaveLength(1);
      expect(await db.mailReply.count({ where: { ticketId: ticket!.id, sentAt: { not: null } } })).toBe(1);
    });
  });

  it('tells the client and the desk once when the mailbox fails for an hour, and again only after it recovered', async () => {
    const { client } = await chat.linked('it');
    const studio = await user(`studio${uniqueTag()}`);
    await saveDirectly(client.id, studio);
    const mailbox = await db.mailbox.findUniqueOrThrow({ where: { clientId: client.id } });
    let nowMs = Date.parse('2026-12-07T08:00:00Z');
    let looks = 0;
    const clock = () => {
      looks += 1;
      return new Date(nowMs);
    };
    const told: OutboundMessage[] = [];
    const published: string[] = [];
    // the account was renamed on the server: every login is refused
    await db.mailbox.update({ where: { id: mailbox.id }, data: { user: `${studio.name}-gone` } });
    const watch = watchWithClock(mailbox.id, clock, told, published);
    const failingTickets = () =>
      db.ticket.count({ where: { clientId: client.id, summary: { contains: 'non letta da un' } } });
    /** a few more attempts of the watcher, whatever their timing */
    const moreAttempts = async () => {
      const from = looks;
      await eventually('more attempts', async () => looks >= from + 4, 20_000);
    };
    try {
      const failing = await eventually('the failure recorded', async () => {
        const row = await db.mailbox.findUniqueOrThrow({ where: { id: mailbox.id } });
        return row.failingSince ? row : undefined;
      });
      expect(failing.failingSince!.getTime()).toBe(nowMs);
      nowMs += FAILING_TOLD_AFTER_MS - 60_000;
      await moreAttempts();
      expect(told).toEqual([]);

      nowMs += 2 * 60_000;
      await eventually('the client told', async () => told.length === 1, 20_000);
      await moreAttempts();
      expect(told).toHaveLength(1);
      expect(told[0]!.text).toContain(`La tua casella ${studio.name}-gone non si riesce a leggere`);
      expect(told[0]!.text).toContain("Il server IMAP ha rifiutato l'accesso");
      // the notice goes out inside the transaction that opens the desk's ticket: wait for its commit
      await eventually('the desk ticket', async () => (await failingTickets()) === 1);
      await eventually('the ticket published', async () => published.includes('ticket_created'));

      // fixed: the next connection succeeds and the failing stretch is over
      await db.mailbox.update({ where: { id: mailbox.id }, data: { user: studio.name } });
      await eventually('the recovery', async () => {
        const row = await db.mailbox.findUniqueOrThrow({ where: { id: mailbox.id } });
        return row.failingSince === null && row.failureToldAt === null && row.lastError === null;
      });
    } finally {
      await watch.stop();
    }
    // broken again later: a new stretch, told again once it lasts an hour
    await db.mailbox.update({ where: { id: mailbox.id }, data: { user: `${studio.name}-gone` } });
    const again = watchWithClock(mailbox.id, clock, told, published);
    try {
      await eventually('failing again', async () => {
        const row = await db.mailbox.findUniqueOrThrow({ where: { id: mailbox.id } });
        return row.failingSince !== null;
      });
      nowMs += FAILING_TOLD_AFTER_MS + 60_000;
      await eventually('told again', async () => told.length === 2, 20_000);
      await eventually('the second desk ticket', async () => (await failingTickets()) === 2);
    } finally {
      await again.stop();
    }
  });
});
