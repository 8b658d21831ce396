import type { MailTriage } from '../../generated/prisma/enums.js';
import type { Db } from '../../infra/db/types.js';

/** One e-mail as the client hears of it: who, about what, and what the office did with it. */
export interface MailNewsItem {
  from: string;
  subject: string | null;
  triage: Exclude<MailTriage, 'ignored'>;
  /** the desk's ticket, for mail that needs an answer */
  ticketNumber: number | null;
}

export interface MailNews {
  /** since when: the last time the client asked, or when the mailbox was connected */
  since: Date;
  items: MailNewsItem[];
  /** newsletters, notifications and the like, set aside without a word */
  setAside: number;
}

/**
 * What came into the client's mailbox since they last asked (or since it was connected), oldest
 * first; asking moves the mark to now, so the next answer starts where this one ends. Null when
 * the client has no mailbox connected.
 */
export async function takeMailNews(db: Db, clientId: string, now: Date): Promise<MailNews | null> {
  const mailbox = await db.mailbox.findUnique({
    where: { clientId },
    select: { id: true, newsToldAt: true, createdAt: true },
  });
  if (!mailbox) return null;
  const since = mailbox.newsToldAt ?? mailbox.createdAt;
  const rows = await db.mailMessage.findMany({
    where: { mailboxId: mailbox.id, createdAt: { gt: since, lte: now } },
    orderBy: { createdAt: 'asc' },
    select: { fromName: true, fromAddress: true, subject: true, triage: true, ticket: { select: { number: true } } },
  });
  await db.mailbox.update({ where: { id: mailbox.id }, data: { newsToldAt: now } });
  const items: MailNewsItem[] = [];
  for (const row of rows)
    if (row.triage !== 'ignored')
      items.push({
        from: row.fromName ?? row.fromAddress ?? '?',
        subject: row.subject,
        triage: row.triage,
        ticketNumber: row.ticket?.number ?? null,
      });
  return { since, items, setAside: rows.length - items.length };
}
