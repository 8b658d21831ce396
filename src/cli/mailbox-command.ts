import { parseArgs } from 'node:util';
import { saveMailbox, type MailboxField, type MailboxInput } from '../domain/mailbox/settings.js';
import { parseVipSenders } from '../domain/mailbox/triage.js';
import { mailboxKeyBytes, type Config } from '../infra/config/index.js';
import type { PrismaClient } from '../infra/db/types.js';
import { checkMailServers } from '../infra/mail/check.js';
import { createSecretBox } from '../infra/mail/secret-box.js';
import { mailFailureText } from '../i18n/mailbox.js';
import { ConfigError, DependencyError, ValidationError } from '../kernel/errors.js';
import { stdinPassword, type PasswordSource } from './user-command.js';

export const mailboxUsage = [
  'usage: npm run admin -- mailbox --client ID --imap-host HOST --imap-port 993 --smtp-host HOST --smtp-port 465',
  '         --tls tls|starttls|none --user USER [--password-stdin] [--auth password|xoauth2] [--from ADDRESS]',
  '         [--vip "boss@example.com, @bigclient.it"]',
  '  The password (or app password, or OAuth2 token) is read from stdin with --password-stdin; a mailbox',
  '  already connected keeps its own when it is left out. The connection is tested before anything is saved.',
].join('\n');

const flagOf: Record<MailboxField, string> = {
  clientId: '--client',
  imapHost: '--imap-host',
  imapPort: '--imap-port',
  smtpHost: '--smtp-host',
  smtpPort: '--smtp-port',
  tls: '--tls',
  user: '--user',
  auth: '--auth',
  secret: '--password-stdin',
  fromAddress: '--from',
  vipSenders: '--vip',
};

const names = ['client', 'imap-host', 'imap-port', 'smtp-host', 'smtp-port', 'tls', 'user', 'auth', 'from', 'vip'];

function inputFrom(values: Record<string, string | boolean | undefined>, secret: string | undefined): MailboxInput {
  const text = (name: string) => (typeof values[name] === 'string' ? (values[name] as string) : undefined);
  return {
    clientId: text('client') ?? '',
    imapHost: text('imap-host') ?? '',
    imapPort: text('imap-port') ?? '',
    smtpHost: text('smtp-host') ?? '',
    smtpPort: text('smtp-port') ?? '',
    tls: (text('tls') ?? '') as MailboxInput['tls'],
    user: text('user') ?? '',
    ...(text('auth') ? { auth: text('auth') as MailboxInput['auth'] } : {}),
    ...(secret !== undefined ? { secret } : {}),
    ...(text('from') ? { fromAddress: text('from') } : {}),
    ...(text('vip') !== undefined ? { vipSenders: parseVipSenders(text('vip')!) } : {}),
  };
}

/**
 * `npm run admin -- mailbox ...`: connects a client's mailbox, or changes it. The settings are
 * tested first; a failure is one line saying what failed (DNS, TLS, login, folder) in DESK_LANG.
 */
export async function mailboxCommand(
  prisma: PrismaClient,
  config: Config,
  argv: string[],
  readSecret: PasswordSource = stdinPassword,
): Promise<string> {
  const key = config.MAILBOX_KEY ? mailboxKeyBytes(config.MAILBOX_KEY) : undefined;
  if (!key)
    throw new ConfigError('MAILBOX_KEY is not set: the clients\u2019 mailboxes are off (see the README, Mailbox)');
  const options = {
    ...Object.fromEntries(names.map((n) => [n, { type: 'string' as const }])),
    'password-stdin': { type: 'boolean' as const },
  };
  const { values } = parseArgs({ args: argv, options, strict: true });
  const secret = values['password-stdin'] ? await readSecret() : undefined;
  if (values['password-stdin'] && secret === undefined)
    throw new ValidationError('--password-stdin: nothing was piped in');
  const input = inputFrom(values, secret);
  const outcome = await saveMailbox({ prisma, box: createSecretBox(key), check: checkMailServers }, input).catch(
    (err: unknown) => {
      if (!(err instanceof ValidationError)) throw err;
      const field = String(err.context.field) as MailboxField;
      throw new ValidationError(
        `${flagOf[field] ?? field}: ${err.message.split(': ')[1] ?? 'invalid'}\n${mailboxUsage}`,
      );
    },
  );
  if (outcome.kind === 'failed')
    throw new DependencyError(mailFailureText(config.DESK_LANG, outcome.failure, input.user));
  return [
    `Mailbox ${input.user} of client ${input.clientId} ${outcome.created ? 'connected' : 'updated'}: ` +
      `IMAP ${input.imapHost}:${input.imapPort}, SMTP ${input.smtpHost}:${input.smtpPort} (${input.tls}), ` +
      `Sent folder: ${outcome.sentFolder ?? 'none found (replies are sent but not saved)'}.`,
    'The worker reads the mail that arrives from now on.',
  ].join('\n');
}
