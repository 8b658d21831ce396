import type { ImapFlow } from 'imapflow';
import { classifyMailError, imapClient, smtpTransport, type MailFailure, type MailServers } from './connection.js';

/** What a working mailbox told us: where INBOX stands now (the watcher starts there) and its Sent folder. */
export interface MailboxFound {
  uidValidity: bigint;
  /** the highest UID in INBOX now: mail after it is new */
  lastUid: bigint;
  sentFolder: string | null;
}

export type MailCheck = { ok: true; found: MailboxFound } | { ok: false; failure: MailFailure };

/** The folder marked \Sent (RFC 6154), else one named like a Sent folder. */
export async function findSentFolder(imap: ImapFlow): Promise<string | null> {
  const folders = await imap.list();
  const special = folders.find((f) => f.specialUse === '\\Sent');
  if (special) return special.path;
  const named = folders.find((f) => /^(sent|sent items|sent messages|posta inviata|inviata)$/i.test(f.name));
  return named?.path ?? null;
}

async function checkImap(servers: MailServers): Promise<MailCheck> {
  const server = `${servers.imapHost}:${servers.imapPort}`;
  const imap = await imapClient(servers, { disableAutoIdle: true });
  imap.on('error', () => undefined);
  try {
    await imap.connect();
  } catch (err) {
    return { ok: false, failure: { ...classifyMailError(err, 'imap'), server } };
  }
  try {
    const inbox = await imap.mailboxOpen('INBOX', { readOnly: true });
    const sentFolder = await findSentFolder(imap);
    const found = { uidValidity: BigInt(inbox.uidValidity), lastUid: BigInt(inbox.uidNext) - 1n, sentFolder };
    return { ok: true, found };
  } catch (err) {
    return { ok: false, failure: { stage: 'folder', detail: classifyMailError(err, 'imap').detail, server } };
  } finally {
    await imap.logout().catch(() => imap.close());
  }
}

async function checkSmtp(servers: MailServers): Promise<MailFailure | undefined> {
  const transport = await smtpTransport(servers);
  try {
    await transport.verify();
    return undefined;
  } catch (err) {
    return { ...classifyMailError(err, 'smtp'), server: `${servers.smtpHost}:${servers.smtpPort}` };
  } finally {
    transport.close();
  }
}

/**
 * The connection test run when a mailbox is saved: log in to IMAP, open INBOX, find Sent, then
 * log in to SMTP. The first thing that fails is returned as a stage (DNS, TLS, login, folder…).
 */
export async function checkMailServers(servers: MailServers): Promise<MailCheck> {
  const imap = await checkImap(servers);
  if (!imap.ok) return imap;
  const smtp = await checkSmtp(servers);
  return smtp ? { ok: false, failure: smtp } : imap;
}
