import { z } from 'zod';
import type { MailCheck } from '../../infra/mail/check.js';
import type { MailFailure, MailServers } from '../../infra/mail/connection.js';
import type { SecretBox } from '../../infra/mail/secret-box.js';
import type { PrismaClient } from '../../infra/db/types.js';
import { NotFoundError, ValidationError } from '../../kernel/errors.js';
import { vipEntryPattern } from './triage.js';

const hostName = z
  .string()
  .trim()
  .min(1, 'missing')
  .max(253, 'too_long')
  .regex(/^[A-Za-z0-9.:[\]-]+$/, 'invalid');
const port = z.coerce.number({ message: 'invalid' }).int('invalid').min(1, 'invalid').max(65535, 'invalid');

/** A mailbox as the CLI and the back-office form give it; without `secret`, an existing mailbox keeps its own. */
export const mailboxInputSchema = z.object({
  clientId: z.uuid('invalid'),
  imapHost: hostName,
  imapPort: port,
  smtpHost: hostName,
  smtpPort: port,
  tls: z.enum(['tls', 'starttls', 'none'], { message: 'invalid' }),
  user: z.string().trim().min(1, 'missing').max(320, 'too_long'),
  auth: z.enum(['password', 'xoauth2'], { message: 'invalid' }).default('password'),
  secret: z.string().min(1, 'missing').max(8192, 'too_long').optional(),
  fromAddress: z.email('invalid').max(320, 'too_long').optional(),
  vipSenders: z.array(z.string().regex(vipEntryPattern, 'invalid')).max(500, 'too_long').default([]),
});
export type MailboxInput = z.input<typeof mailboxInputSchema>;
export type MailboxField = keyof MailboxInput;

/** The first wrong field and why ('missing', 'too_long', 'invalid'), for the forms to say in their language. */
export function checkMailboxInput(
  input: MailboxInput,
): { ok: true; data: z.output<typeof mailboxInputSchema> } | { ok: false; field: MailboxField; issue: string } {
  const parsed = mailboxInputSchema.safeParse(input);
  if (parsed.success) return { ok: true, data: parsed.data };
  const first = parsed.error.issues[0];
  return { ok: false, field: String(first?.path[0] ?? 'clientId') as MailboxField, issue: first?.message ?? 'invalid' };
}

export interface MailboxDeps {
  prisma: PrismaClient;
  box: SecretBox;
  /** the connection test (IMAP login, INBOX, Sent, SMTP login) */
  check(servers: MailServers): Promise<MailCheck>;
}

export type SaveOutcome =
  | { kind: 'saved'; mailboxId: string; created: boolean; sentFolder: string | null }
  | { kind: 'failed'; failure: MailFailure };

/** The servers and opened credential of a stored mailbox, for the adapters. */
export function serversOf(
  box: SecretBox,
  row: Omit<MailServers, 'secret'> & { clientId: string; secret: string },
): MailServers {
  const { imapHost, imapPort, smtpHost, smtpPort, tls, user, auth } = row;
  return { imapHost, imapPort, smtpHost, smtpPort, tls, user, auth, secret: box.open(row.secret, row.clientId) };
}

/**
 * Connects a client's mailbox: the settings are tested first (nothing is saved when the test
 * fails, and the outcome says where it failed), then stored with the credential sealed. A new
 * mailbox, or one whose INBOX was renumbered, is read from the mail that arrives after now.
 */
export async function saveMailbox(deps: MailboxDeps, input: MailboxInput): Promise<SaveOutcome> {
  const checked = checkMailboxInput(input);
  if (!checked.ok) throw new ValidationError(`${checked.field}: ${checked.issue}`, { field: checked.field });
  const data = checked.data;
  const client = await deps.prisma.client.findUnique({ where: { id: data.clientId }, include: { mailbox: true } });
  if (!client || client.erasedAt) throw new NotFoundError('client not found', { clientId: data.clientId });
  const existing = client.mailbox;
  const secret = data.secret ?? (existing ? deps.box.open(existing.secret, client.id) : undefined);
  if (secret === undefined) throw new ValidationError('secret: missing', { field: 'secret' });
  const { clientId, vipSenders, fromAddress, secret: _typed, ...servers } = data;
  const result = await deps.check({ ...servers, secret });
  if (!result.ok) return { kind: 'failed', failure: result.failure };
  const { found } = result;
  const sameInbox = existing?.uidValidity === found.uidValidity;
  const row = {
    ...servers,
    secret: deps.box.seal(secret, clientId),
    fromAddress: fromAddress ?? null,
    vipSenders,
    sentFolder: found.sentFolder,
    uidValidity: found.uidValidity,
    lastUid: sameInbox ? existing.lastUid : found.lastUid,
    lastError: null,
    failingSince: null,
  };
  const saved = await deps.prisma.mailbox.upsert({
    where: { clientId },
    create: { clientId, ...row },
    update: row,
    select: { id: true },
  });
  return { kind: 'saved', mailboxId: saved.id, created: !existing, sentFolder: found.sentFolder };
}

/**
 * Disconnects a client's mailbox: the row goes with its sealed credential, so nothing can log in
 * with it again; the worker stops watching it at its next look at the set of mailboxes.
 */
export async function removeMailbox(prisma: PrismaClient, clientId: string): Promise<boolean> {
  const { count } = await prisma.mailbox.deleteMany({ where: { clientId } });
  return count > 0;
}
