import type { Redis } from 'ioredis';
import type { DeskMail } from '../desk/acts/mail-reply.js';
import type { ClientFiles } from '../domain/files/receive.js';
import type { IntakeDeps } from '../domain/mailbox/intake.js';
import { answersByMail, replyByMail, replyFromChat, type MailSender } from '../domain/mailbox/reply.js';
import { createDraftWriter } from '../domain/mailbox/draft-writer.js';
import { createTriageClassifier, LLM_TRIAGE_TIMEOUT_MS } from '../domain/mailbox/llm-triage.js';
import { suggestionFor, suggestionOf, suggestLater } from '../domain/mailbox/suggest.js';
import type { ChatMail } from '../conversation/mail-port.js';
import { createOpenAiClient } from '../understanding/understand.js';
import type { MailboxDeps } from '../domain/mailbox/settings.js';
import { mailboxKeyBytes, type Config } from '../infra/config/index.js';
import type { PrismaClient } from '../infra/db/types.js';
import type { Logger } from '../infra/logger.js';
import { checkMailServers } from '../infra/mail/check.js';
import { appendToFolder, composeMail, sendRaw } from '../infra/mail/send.js';
import { createSecretBox } from '../infra/mail/secret-box.js';
import { redisLeases } from '../infra/redis/lease.js';
import { startMailWatchers, type MailWatchers } from '../jobs/mail/watchers.js';
import type { Backoff } from '../jobs/mail/watcher.js';
import type { DomainEvent } from '../kernel/events.js';
import type { Outbound } from '../kernel/messaging.js';

export interface MailTuning {
  backoff: Backoff;
  /** a round of the watchers: new mailboxes seen, leases renewed and taken (a third of leaseMs or less) */
  syncEveryMs: number;
  /** how long a mailbox's lease outlives a worker that stopped renewing it (killed) */
  leaseMs: number;
}

/** A killed worker's mailboxes are taken over within leaseMs + syncEveryMs: 40 s. */
export const defaultMailTuning: MailTuning = {
  backoff: { firstMs: 2000, maxMs: 5 * 60_000 },
  syncEveryMs: 10_000,
  leaseMs: 30_000,
};

export interface MailDeps {
  config: Config;
  prisma: PrismaClient;
  /** holds the mailboxes' leases, shared by every worker process */
  redis: Redis;
  queuePrefix?: string | undefined;
  logger: Logger;
  clock: () => Date;
  outbound: Outbound;
  files: ClientFiles;
  releaseAt(clientId: string, at: Date): Promise<void>;
  publish(events: readonly DomainEvent[]): Promise<void>;
  mailTuning?: Partial<MailTuning> | undefined;
}

/** The clients' mailboxes, when MAILBOX_KEY is set: settings, the watchers of the worker role, the desk's answers. */
export interface Mail {
  settings: MailboxDeps;
  desk: DeskMail;
  /** replies the client drafts and approves in chat */
  chat: ChatMail;
  startWatchers(): Promise<MailWatchers>;
}

const smtpSender: MailSender = { compose: composeMail, send: sendRaw, saveToSent: appendToFolder };

/** The LLM that drafts replies, on the same OpenAI-compatible API as the understanding; none without a key. */
function draftWriterOf(config: Config, logger: Logger) {
  const client = createOpenAiClient(config);
  if (!client) return undefined;
  return createDraftWriter({ client, model: config.OPENAI_MODEL, timeoutMs: config.OPENAI_TIMEOUT_MS, logger });
}

/** The LLM that sorts mail the rules have no firm verdict on, asked for at most 10 s; none without a key. */
function triageClassifierOf(config: Config, logger: Logger) {
  const client = createOpenAiClient(config);
  if (!client) return undefined;
  const timeoutMs = Math.min(config.OPENAI_TIMEOUT_MS, LLM_TRIAGE_TIMEOUT_MS);
  return createTriageClassifier({ client, model: config.OPENAI_MODEL, timeoutMs, logger });
}

/** Without MAILBOX_KEY the feature is off, and the log says so once. */
export function createMail(deps: MailDeps): Mail | undefined {
  const { config, prisma, logger, clock } = deps;
  const key = config.MAILBOX_KEY ? mailboxKeyBytes(config.MAILBOX_KEY) : undefined;
  if (!key) {
    logger.info('The clients\u2019 mailboxes are off: MAILBOX_KEY is not set');
    return undefined;
  }
  const box = createSecretBox(key);
  const tuning = { ...defaultMailTuning, ...deps.mailTuning };
  const intake: IntakeDeps = {
    prisma,
    outbound: deps.outbound,
    clock,
    logger: logger.child({ component: 'mailbox' }),
    files: { store: deps.files.store, maxBytes: deps.files.maxBytes },
    releaseAt: deps.releaseAt,
    publish: deps.publish,
    deskLang: config.DESK_LANG,
  };
  intake.classify = triageClassifierOf(config, intake.logger);
  const replyDeps = { prisma, box, sender: smtpSender, clock, logger };
  const writer = draftWriterOf(config, logger);
  const suggestDeps = writer ? { prisma, writer, logger: intake.logger, publish: deps.publish } : undefined;
  intake.suggest = suggestDeps ? (id) => suggestLater(suggestDeps, id) : undefined;
  return {
    settings: { prisma, box, check: checkMailServers },
    desk: {
      answersByMail: (ticketId) => answersByMail(prisma, ticketId),
      reply: (input) => replyByMail(replyDeps, input),
      suggestion: (ticketId) => suggestionFor(prisma, ticketId),
      suggested: (mailMessageId) => suggestionOf(prisma, mailMessageId),
    },
    chat: { send: (input) => replyFromChat(replyDeps, input), write: writer },
    startWatchers: () =>
      startMailWatchers({
        intake,
        box,
        backoff: tuning.backoff,
        syncEveryMs: tuning.syncEveryMs,
        leases: redisLeases(deps.redis, `${deps.queuePrefix ?? 'delego'}:mailbox`, tuning.leaseMs),
      }),
  };
}
