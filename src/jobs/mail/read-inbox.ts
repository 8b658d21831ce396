import type { ImapFlow } from 'imapflow';
import { takeInMail, type IntakeDeps, type IntakeOutcome } from '../../domain/mailbox/intake.js';
import { parseMail } from '../../infra/mail/parse.js';

/** Messages fetched per round trip while catching up: bounded memory, whatever the backlog. */
const FETCH_BATCH = 50;
/** After INBOX was renumbered, mail from this long before the last good read is looked at again (Message-IDs dedupe it). */
const RENUMBERED_LOOKBACK_MS = 24 * 3600_000;

/**
 * A renumbered INBOX (UIDVALIDITY changed: restored, moved to another server) cannot be read by
 * UID from where we were: reading restarts at the first message since shortly before the last
 * good read, and the Message-IDs keep what was already handled from being handled again.
 */
async function followRenumbering(imap: ImapFlow, intake: IntakeDeps, mailboxId: string): Promise<void> {
  const row = await intake.prisma.mailbox.findUnique({ where: { id: mailboxId } });
  const opened = imap.mailbox;
  if (!row || !opened || row.uidValidity === BigInt(opened.uidValidity)) return;
  const since = new Date((row.lastSeenAt ?? row.updatedAt).getTime() - RENUMBERED_LOOKBACK_MS);
  const uids = (await imap.search({ since }, { uid: true })) || [];
  const first = uids.length ? Math.min(...uids) : Number(opened.uidNext);
  await intake.prisma.mailbox.update({
    where: { id: mailboxId },
    data: { uidValidity: BigInt(opened.uidValidity), lastUid: BigInt(first) - 1n },
  });
  intake.logger.warn({ mailboxId, uidValidity: opened.uidValidity }, 'INBOX was renumbered; reading it again by date');
}

async function fetchSources(imap: ImapFlow, uids: number[]): Promise<{ uid: number; source: Buffer }[]> {
  const found: { uid: number; source: Buffer }[] = [];
  // Nothing else may be sent on the connection while a FETCH streams: collect first, then take in.
  for await (const message of imap.fetch(uids.join(','), { uid: true, source: true }, { uid: true }))
    if (message.source) found.push({ uid: message.uid, source: message.source });
  return found.sort((a, b) => a.uid - b.uid);
}

/**
 * Reads INBOX (already opened) past the last UID the mailbox has taken in, oldest first, one
 * transaction per message. Returns what each message became, for the log and the benchmark.
 */
export async function readNewMail(imap: ImapFlow, intake: IntakeDeps, mailboxId: string): Promise<IntakeOutcome[]> {
  await followRenumbering(imap, intake, mailboxId);
  const row = await intake.prisma.mailbox.findUnique({
    where: { id: mailboxId },
    select: { lastUid: true, uidValidity: true },
  });
  if (!row?.uidValidity) return [];
  const uidValidity = row.uidValidity;
  const found = (await imap.search({ uid: `${row.lastUid + 1n}:*` }, { uid: true })) || [];
  const uids = found.filter((uid) => BigInt(uid) > row.lastUid).sort((a, b) => a - b);
  const outcomes: IntakeOutcome[] = [];
  for (let i = 0; i < uids.length; i += FETCH_BATCH) {
    for (const { uid, source } of await fetchSources(imap, uids.slice(i, i + FETCH_BATCH))) {
      const mail = await parseMail(source);
      outcomes.push(await takeInMail(intake, mailboxId, { uidValidity, uid: BigInt(uid), mail }));
    }
  }
  return outcomes;
}
