import type { Db } from '../../infra/db/types.js';

/** One e-mail of the client's, as a reply or a forward asked in chat sees it. */
export interface SenderMail {
  id: string;
  fromName: string | null;
  fromAddress: string;
  subject: string | null;
  text: string | null;
  ticketId: string | null;
  sentAt: Date | null;
  createdAt: Date;
}

/** The e-mails of one sender, newest first. */
export interface Sender {
  address: string;
  name: string | null;
  mails: SenderMail[];
}

export type SenderSearch =
  | { kind: 'no_mailbox' }
  /** nobody matches the words: the senders of the latest e-mails, to say whom the client may mean */
  | { kind: 'none'; recent: string[] }
  | { kind: 'found'; senders: Sender[] };

/** E-mails looked at for a match, newest first: far more than a client names in chat. */
const SEARCHED = 500;
const RECENT_SHOWN = 5;

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** Whether every word the client used for the sender is in the sender's name or address. */
function matches(words: string[], mail: { fromName: string | null; fromAddress: string }): boolean {
  const haystack = fold(`${mail.fromName ?? ''} ${mail.fromAddress}`);
  return words.every((w) => haystack.includes(w));
}

/** "Mario Rossi <rossi@example.com>", or the address alone. */
export const senderLabel = (s: { name: string | null; address: string }): string =>
  s.name ? `${s.name} <${s.address}>` : s.address;

/**
 * The senders whose name or address holds every word the client named ("Rossi", "dott. Conti",
 * "acme"), newest first, each with their e-mails newest first. Mail set aside (newsletters,
 * notifications) and the client's own are never answered or forwarded from chat.
 */
export async function findSenders(db: Db, clientId: string, named: string): Promise<SenderSearch> {
  const mailbox = await db.mailbox.findUnique({ where: { clientId }, select: { id: true } });
  if (!mailbox) return { kind: 'no_mailbox' };
  const rows = await db.mailMessage.findMany({
    where: { mailboxId: mailbox.id, triage: { not: 'ignored' }, fromAddress: { not: null } },
    orderBy: { createdAt: 'desc' },
    take: SEARCHED,
    select: {
      ...{ id: true, fromName: true, fromAddress: true, subject: true, text: true },
      ...{ ticketId: true, sentAt: true, createdAt: true },
    },
  });
  const mails = rows.map((r) => ({ ...r, fromAddress: r.fromAddress! }));
  const words = fold(named)
    .split(/[^\p{L}\p{N}@.]+/u)
    .filter((w) => w.length >= 2 && !/^(dott|dottor|dottoressa|avv|sig|signor|signora|mr|mrs|ms|dr)\.?$/.test(w));
  const bySender = new Map<string, Sender>();
  for (const mail of words.length ? mails.filter((m) => matches(words, m)) : []) {
    const key = mail.fromAddress.toLowerCase();
    const sender = bySender.get(key) ?? { address: mail.fromAddress, name: mail.fromName, mails: [] };
    sender.mails.push(mail);
    bySender.set(key, sender);
  }
  if (bySender.size > 0) return { kind: 'found', senders: [...bySender.values()] };
  const recent = [...new Set(mails.map((m) => m.fromName ?? m.fromAddress))].slice(0, RECENT_SHOWN);
  return { kind: 'none', recent };
}
