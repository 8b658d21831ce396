import { simpleParser, type ParsedMail } from 'mailparser';
import { expect } from 'vitest';
import type { Delego } from '../../src/app.js';
import { testPrisma } from './db.js';
import type { Dovecot } from './dovecot.js';
import { eventually } from './workers.js';

/** A user of the private Dovecot, with the password it logs in with. */
export interface MailOwner {
  name: string;
  password: string;
}

/** Runs `work` with the app's workers (the mailbox watchers among them) started, and stops them after. */
export async function withWorkers<T>(delego: Pick<Delego, 'startWorkers'>, work: () => Promise<T>): Promise<T> {
  const stopWorkers = await delego.startWorkers();
  try {
    return await work();
  } finally {
    await stopWorkers();
  }
}

/** A client's tickets in order, with their attachments. */
export const ticketsOf = (clientId: string) =>
  testPrisma().ticket.findMany({ where: { clientId }, orderBy: { number: 'asc' }, include: { attachments: true } });

/** Delivers `raw` into the owner's INBOX and waits (workers running) until the client has a ticket. */
export async function deliverForTicket(dovecot: Dovecot, owner: MailOwner, raw: Buffer, clientId: string) {
  await dovecot.deliver(owner.name, owner.password, raw);
  return eventually(
    'the ticket',
    async () => {
      const found = await ticketsOf(clientId);
      return found.length ? found : undefined;
    },
    20_000,
  );
}

/** The messages in one of the owner's folders, parsed; none while the folder does not exist. */
export async function folderMessages(dovecot: Dovecot, owner: MailOwner, folder: string): Promise<ParsedMail[]> {
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

export interface ExpectedReply {
  /** the mailbox the original came from: the reply lands in its INBOX */
  sender: MailOwner;
  /** the client's mailbox: the reply comes from its address and is kept in its Sent */
  studio: MailOwner & { address: string };
  original: Buffer;
  subject: string;
  text: string;
}

/** Waits for the reply in the sender's INBOX: from the client's address, threaded under the original, and in Sent. */
export async function expectThreadedReply(dovecot: Dovecot, expected: ExpectedReply): Promise<ParsedMail> {
  const [reply] = await eventually(
    'the reply in the sender mailbox',
    async () => {
      const inbox = await folderMessages(dovecot, expected.sender, 'INBOX');
      return inbox.length ? inbox : undefined;
    },
    20_000,
  );
  const parsedOriginal = await simpleParser(expected.original);
  expect(reply!.subject).toBe(expected.subject);
  expect(reply!.from?.value[0]?.address).toBe(expected.studio.address);
  expect(reply!.inReplyTo).toBe(parsedOriginal.messageId);
  expect(reply!.references).toContain(parsedOriginal.messageId);
  expect(reply!.text).toContain(expected.text);
  const sent = await folderMessages(dovecot, expected.studio, 'Sent');
  expect(sent.map((m) => m.messageId)).toEqual([reply!.messageId]);
  return reply!;
}
