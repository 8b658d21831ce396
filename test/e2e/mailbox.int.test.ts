import { randomBytes } from 'node:crypto';
import MailComposer from 'nodemailer/lib/mail-composer/index.js';
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAdmin } from '../support/cli.js';
import { testPrisma, uniqueTag } from '../support/db.js';
import { startDeskChat, type DeskChat } from '../support/desk-chat.js';
import { startDovecot, type Dovecot } from '../support/dovecot.js';
import { startSmtp } from '../support/smtp.js';
import { eventually } from '../support/workers.js';

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

function user(name: string): { name: string; address: string; password: string } {
  const password = `pw-${uniqueTag()}`;
  dovecot.addUser(name, password);
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

async function folderMessages(owner: { name: string; password: string }, folder: string) {
  const imap = await dovecot.client(owner.name, owner.password);
  try {
    const lock = await imap.getMailboxLock(folder);
    try {
      const found = [];
      for await (const m of imap.fetch('1:*', { source: true })) if (m.source) found.push(await simpleParser(m.source));
      return found;
    } finally {
      lock.release();
    }
  } catch {
    return [];
  } finally {
    await imap.logout();
  }
}

const ticketsOf = (clientId: string) =>
  db.ticket.findMany({ where: { clientId }, orderBy: { number: 'asc' }, include: { attachments: true } });

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
    const studio = user(`studio${uniqueTag()}`);
    const rossi = user(`rossi${uniqueTag()}`);
    const connected = await connectMailbox(client.id, studio);
    expect(connected.code, connected.out).toBe(0);
    const stopWorkers = await chat.app.delego.startWorkers();
    try {
      const pdf = Buffer.from('%PDF-1.4 preventivo');
      const original = await mail({
        from: `Mario Rossi <${rossi.address}>`,
        to: studio.address,
        subject: 'Preventivo ristrutturazione',
        messageId: `<preventivo-${uniqueTag()}@example.test>`,
        html: '<p>Buongiorno, <b>mi mandate</b> il preventivo?</p><script>alert(1)</script>',
        attachments: [{ filename: 'capitolato.pdf', content: pdf, contentType: 'application/pdf' }],
      });
      await dovecot.deliver(studio.name, studio.password, original);
      const [ticket] = await eventually(
        'the ticket',
        async () => {
          const found = await ticketsOf(client.id);
          return found.length ? found : undefined;
        },
        20_000,
      );
      expect(ticket!.category).toBe('email');
      expect(ticket!.details).toContain('mi mandate il preventivo');
      expect(ticket!.details).not.toContain('<b>');
      expect(ticket!.attachments.map((a) => [a.fileName, a.sizeBytes])).toEqual([['capitolato.pdf', pdf.length]]);

      const ts = await chat.cardOf(ticket!.id);
      await chat.giuliaWrites(ticket!, ts, 'Buongiorno, glielo mandiamo entro giovedì.');
      const [reply] = await eventually(
        'the reply in the sender mailbox',
        async () => {
          const inbox = await folderMessages(rossi, 'INBOX');
          return inbox.length ? inbox : undefined;
        },
        20_000,
      );
      const parsedOriginal = await simpleParser(original);
      expect(reply!.subject).toBe('Re: Preventivo ristrutturazione');
      expect(reply!.from?.value[0]?.address).toBe(studio.address);
      expect(reply!.inReplyTo).toBe(parsedOriginal.messageId);
      expect(reply!.references).toContain(parsedOriginal.messageId);
      expect(reply!.text).toContain('glielo mandiamo entro giovedì');
      const sent = await folderMessages(studio, 'Sent');
      expect(sent.map((m) => m.messageId)).toEqual([reply!.messageId]);
      await chat.slack.waitForCall('chat.postEphemeral', (c) => String(c.body.text).includes(rossi.address), 10_000);
    } finally {
      await stopWorkers();
    }
  });
});
