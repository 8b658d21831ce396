import { existsSync } from 'node:fs';
import { z } from 'zod';
import { ConfigError } from '../../kernel/errors.js';
import { trustProxySchema } from './trust-proxy.js';

export type { TrustProxy } from './trust-proxy.js';

/** Empty strings count as unset: `FOO=` in a .env file means "use the default". */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), schema.optional());

export const isTimeZone = (tz: string): boolean => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
};

const url = (protocols: string[], hint: string) =>
  z.string().refine((v) => {
    try {
      return protocols.includes(new URL(v).protocol);
    } catch {
      return false;
    }
  }, hint);

const int = (min: number, max: number, hint: string) =>
  z.coerce.number({ message: hint }).int(hint).min(min, hint).max(max, hint);

/** MAILBOX_KEY as the 32 bytes of an AES-256 key, or undefined when it is not one. */
export function mailboxKeyBytes(value: string): Buffer | undefined {
  const text = value.trim();
  const bytes = /^[0-9a-fA-F]{64}$/.test(text)
    ? Buffer.from(text, 'hex')
    : /^[A-Za-z0-9+/_-]{43}=?$/.test(text)
      ? Buffer.from(text.replace(/-/g, '+').replace(/_/g, '/'), 'base64')
      : undefined;
  return bytes?.length === 32 ? bytes : undefined;
}

export const roles = ['all', 'web', 'bot', 'worker'] as const;
export type Role = (typeof roles)[number];

const envSchema = z.object({
  ROLE: optional(z.enum(roles, { message: `one of ${roles.join(', ')}` })).default('all'),
  DATABASE_URL: optional(
    url(
      ['postgres:', 'postgresql:'],
      'a PostgreSQL URL such as postgresql://user@127.0.0.1:5432/delego (leave unset for the embedded database)',
    ),
  ),
  REDIS_URL: optional(url(['redis:', 'rediss:'], 'a Redis URL such as redis://127.0.0.1:6379')),
  PORT: optional(int(1, 65535, 'a TCP port number between 1 and 65535')).default(3000),
  PUBLIC_URL: optional(url(['http:', 'https:'], 'the public https:// URL where Telegram and Slack reach this server')),
  TRUST_PROXY: optional(trustProxySchema),
  SESSION_SECRET: optional(
    z
      .string()
      .regex(
        /^[\x21-\x7e]{32,256}$/,
        '32-256 printable characters without spaces (signs the web chat session cookies)',
      ),
  ),
  DEFAULT_TZ: optional(z.string().refine(isTimeZone, 'an IANA time zone such as Europe/Rome')).default('Europe/Rome'),
  DEFAULT_LANG: optional(z.enum(['it', 'en'], { message: 'it or en' })).default('it'),
  /** the desk's language (Slack cards, modals, nudges; the back-office's default): the agency's, not the clients' */
  DESK_LANG: optional(z.enum(['it', 'en'], { message: 'it or en' })).default('it'),
  TELEGRAM_BOT_TOKEN: optional(z.string().regex(/^\d+:[\w-]+$/, 'a bot token from BotFather, like 123456:ABC-def')),
  TELEGRAM_API_ROOT: optional(url(['http:', 'https:'], 'the Bot API root URL, e.g. https://api.telegram.org')),
  TELEGRAM_WEBHOOK_SECRET: optional(
    z.string().regex(/^[A-Za-z0-9_-]{1,256}$/, '1-256 characters among A-Z a-z 0-9 _ -'),
  ),
  SLACK_BOT_TOKEN: optional(z.string().startsWith('xoxb-', 'a bot token starting with xoxb-')),
  SLACK_SIGNING_SECRET: optional(z.string().min(8, 'the signing secret from the Slack app settings')),
  SLACK_APP_TOKEN: optional(z.string().startsWith('xapp-', 'an app-level token starting with xapp- (Socket Mode)')),
  SLACK_API_URL: optional(url(['http:', 'https:'], 'the Slack Web API base URL, e.g. https://slack.com/api/')),
  SLACK_DESK_CHANNEL: optional(z.string().regex(/^[CG][A-Z0-9]+$/, 'a Slack channel id such as C0123456789')),
  OPENAI_API_KEY: optional(z.string().min(1)),
  OPENAI_BASE_URL: optional(
    url(['http:', 'https:'], 'an OpenAI-compatible API base URL, e.g. http://127.0.0.1:11434/v1'),
  ),
  OPENAI_MODEL: optional(z.string().min(1)).default('gpt-4o-mini'),
  OPENAI_TIMEOUT_MS: optional(int(100, 120_000, 'milliseconds between 100 and 120000')).default(8000),
  /** speech-to-text model for voice notes (the same OpenAI-compatible server) */
  OPENAI_TRANSCRIBE_MODEL: optional(z.string().min(1)).default('whisper-1'),
  DATA_DIR: optional(z.string()).default('./data'),
  MESSAGE_RETENTION_DAYS: optional(int(1, 36_500, 'a number of days between 1 and 36500')).default(365),
  MAX_ATTACHMENT_MB: optional(int(1, 2000, 'megabytes between 1 and 2000')).default(20),
  /** how long words that cannot stand alone ("ricordarmi") wait for the next ones; 0 turns it off */
  FRAGMENT_WINDOW_MS: optional(int(0, 10_000, 'milliseconds between 0 and 10000')).default(2000),
  RATE_LIMIT_PER_MIN: optional(int(1, 10_000, 'messages per client per minute, between 1 and 10000')).default(20),
  /** 32 bytes (64 hex characters or base64) that seal the clients' mailbox credentials; unset, the mailbox feature is off */
  MAILBOX_KEY: optional(
    z
      .string()
      .trim()
      .refine(
        (v) => mailboxKeyBytes(v) !== undefined,
        '32 random bytes as 64 hex characters or base64, e.g. from `openssl rand -base64 32`',
      ),
  ),
  METRICS_TOKEN: optional(
    z
      .string()
      .regex(
        /^[\x21-\x7e]{16,256}$/,
        '16-256 printable characters without spaces (the bearer token Prometheus sends to /metrics)',
      ),
  ),
  LOG_LEVEL: optional(
    z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
      message: 'one of fatal, error, warn, info, debug, trace, silent',
    }),
  ).default('info'),
});

export type Config = z.infer<typeof envSchema>;

/**
 * Reads and checks the environment once. Any problem becomes a ConfigError whose message is
 * one line per bad variable: the variable's name and what it expects (never its value, which
 * may be a secret).
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join('.')}: expected ${i.message}`);
    throw new ConfigError(`Invalid configuration: ${lines.join('; ')}`, {
      variables: parsed.error.issues.map((i) => i.path.join('.')),
    });
  }
  const config = parsed.data;
  const slackParts = [config.SLACK_BOT_TOKEN, config.SLACK_SIGNING_SECRET ?? config.SLACK_APP_TOKEN];
  if (slackParts.some(Boolean) && !slackParts.every(Boolean)) {
    throw new ConfigError(
      'Invalid configuration: SLACK_BOT_TOKEN needs SLACK_SIGNING_SECRET (HTTP mode) or SLACK_APP_TOKEN (Socket Mode), and those need SLACK_BOT_TOKEN',
    );
  }
  return config;
}

/** Where people open Delego: PUBLIC_URL, or this machine on PORT; without a trailing slash. */
export function siteUrl(config: Pick<Config, 'PUBLIC_URL' | 'PORT'>): string {
  return (config.PUBLIC_URL ?? `http://localhost:${config.PORT}`).replace(/\/+$/, '');
}

/** Loads ./.env when present; variables already set in the environment win. */
export function loadDotEnv(path = '.env'): void {
  if (existsSync(path)) process.loadEnvFile(path);
}
