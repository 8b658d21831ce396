import { keepFiles, receiveFiles, type ReceivedFiles } from '../domain/files/receive.js';
import { oversizedAttachments } from '../domain/limits/attachments.js';
import type { RateDecision } from '../domain/limits/rate-limit.js';
import { t } from '../i18n/catalog.js';
import { isDatabaseUnreachable, isUniqueViolation, type Tx } from '../infra/db/types.js';
import { settlesWithin } from '../infra/settles.js';
import { DependencyError, errorMessage } from '../kernel/errors.js';
import type { DomainEvent } from '../kernel/events.js';
import type { InboundMessage } from '../kernel/messaging.js';
import type { Lang } from '../understanding/contract.js';
import { detectLanguage } from '../understanding/lang.js';
import type { FlowResult, Reply, Step } from './flow.js';
import { withTranscript } from './flows/voice.js';
import { isPlainText, joinedText } from './fragments.js';
import { isGibberish } from './context.js';
import { pendingUpdate, readPending, withWayOut, type Pending } from './pending.js';
import { conversationRoutes } from './routes/index.js';
import type { ConversationServices } from './services.js';
import { greetStranger } from './strangers.js';
import type { Route, Turn } from './turn.js';
import { arrivalOf, openConversation, type Client, type ConversationState } from './arrival.js';

/** How long the answer waits for a transaction's follow-up (scheduling in Redis, the desk card). */
const FOLLOW_UP_WAIT_MS = 3000;

/** The stored kind of an inbound message. */
function messageKind(msg: InboundMessage) {
  if (msg.action) return 'button' as const;
  const first = msg.attachments[0]?.kind;
  if (first === 'voice') return 'voice' as const;
  if (first === 'photo') return 'photo' as const;
  return msg.attachments.length ? ('document' as const) : ('text' as const);
}

/** Answer in the language the client writes in; commands and buttons keep their setting. */
function answerLanguage(msg: InboundMessage, client: Client): Lang {
  const words = !msg.command && !msg.action && /\p{L}{3,}/u.test(msg.text);
  return words ? detectLanguage(msg.text, client.lang) : client.lang;
}

/**
 * A transcribed voice note is routed as the words it says ("grazie, sei un angelo" is thanks, not a
 * file for the last request); its audio is still kept with the message and joins any request it opens.
 */
function asWords(msg: InboundMessage, heard: Turn['heard']): InboundMessage {
  if (heard?.kind !== 'transcript') return msg;
  return { ...msg, attachments: msg.attachments.filter((a) => a.kind !== 'voice') };
}

async function firstStep(routes: Route[], msg: InboundMessage, turn: Turn): Promise<Step> {
  for (const route of routes) {
    const step = await route(msg, turn);
    if (step) return step;
  }
  throw new Error('the last route always answers');
}

/** The inbound message row: what the client sent (not the words it was joined with). */
async function logInbound(tx: Tx, msg: InboundMessage, turn: Turn, sent: string): Promise<string> {
  const message = await tx.message.create({
    data: {
      conversationId: turn.conversationId,
      clientId: turn.clientId,
      direction: 'inbound',
      channel: msg.channel,
      body: msg.action ? msg.action.data : sent,
      kind: messageKind(msg),
      idempotencyKey: msg.idempotencyKey,
      externalMessageId: msg.externalMessageId ?? null,
    },
  });
  return message.id;
}

/** The message's files as they came: fetched now, unless a file is too large (then none is kept). */
async function receive(services: ConversationServices, msg: InboundMessage) {
  const maxBytes = services.limits?.maxAttachmentBytes;
  const files = services.files;
  const got = files && msg.attachments.length ? await receiveFiles(msg, files) : undefined;
  const checked = got ? { ...msg, attachments: got.attachments } : msg;
  const refused = maxBytes !== undefined && oversizedAttachments(checked.attachments, maxBytes).length > 0;
  return { msg: checked, received: got?.received ?? new Map(), keep: !refused };
}

type Received = { received: ReceivedFiles; keep: boolean };

/** Held words answered later carry no files: theirs were kept with the message that sent them. */
const noFiles: Received = { received: new Map(), keep: false };

/** The message's files, kept unless refused; those whose bytes could not be fetched yet are retried by a job. */
async function keep(
  tx: Tx,
  services: ConversationServices,
  at: { msg: InboundMessage; turn: Turn; messageId: string },
  files: Received,
): Promise<DomainEvent[]> {
  if (!files.keep) return [];
  const { msg, turn } = at;
  const where = { clientId: turn.clientId, messageId: at.messageId, channel: msg.channel, now: turn.now };
  const kept = await keepFiles(tx, services.files?.store, where, msg.attachments, files.received);
  return kept.pending.map((attachmentId) => ({ type: 'file_download_failed' as const, attachmentId }));
}

/**
 * The step runs in the transaction that logs the message (`logged`: the words the client sent),
 * or, for held words answered later, on the message already logged (`heldId`); undefined when
 * the same update raced in twice.
 */
async function act(
  services: ConversationServices,
  msg: InboundMessage,
  turn: Turn,
  step: Step,
  inbound: { logged: string; files: Received } | { heldId: string },
): Promise<FlowResult | undefined> {
  try {
    return await services.prisma.$transaction(async (tx: Tx) => {
      const messageId = 'heldId' in inbound ? inbound.heldId : await logInbound(tx, msg, turn, inbound.logged);
      const files = 'files' in inbound ? inbound.files : noFiles;
      const pending = await keep(tx, services, { msg, turn, messageId }, files);
      const ctx = {
        db: tx,
        ...turn,
        agencyTz: services.defaults.tz,
        messageId,
        text: msg.text,
        logger: services.logger,
      };
      const stepped = withWayOut(await step(ctx), turn.pending, turn.lang);
      const result = { ...stepped, events: [...(stepped.events ?? []), ...pending] };
      const expiresAt = new Date(turn.now.getTime() + services.pendingTtlMin * 60_000);
      await tx.conversation.update({
        where: { id: turn.conversationId },
        data: {
          lastInboundAt: turn.now,
          consecutiveMisses: result.understood ? 0 : { increment: 1 },
          ...pendingUpdate(result, turn.pending, msg.text, expiresAt, 'heldId' in inbound),
        },
      });
      return result;
    });
  } catch (err) {
    if (isUniqueViolation(err)) return undefined; // the other delivery handles it
    throw err;
  }
}

/** With Redis down the subscribers wait for it; the client still gets the answer, and the committed work is safe. */
async function publish(services: ConversationServices, result: FlowResult, clientId: string): Promise<void> {
  if (!result.events?.length) return;
  const published = services.publish(result.events);
  if (!(await settlesWithin(published, FOLLOW_UP_WAIT_MS)))
    services.logger.warn({ clientId }, 'follow-up after a message is slow; answering before it ends');
}

/** Over the rate limit: nothing is stored or done; only the first message of the window gets an answer. */
async function overRate(
  services: ConversationServices,
  msg: InboundMessage,
  clientId: string,
  lang: Lang,
  decision: RateDecision,
): Promise<void> {
  services.logger.info(
    { clientId, channel: msg.channel, count: decision.count, limit: decision.limit },
    'message over the rate limit not processed',
  );
  if (decision.verdict !== 'first_refusal') return;
  await services.outbound
    .send({ channel: msg.channel, chatId: msg.chatId }, { text: t(lang, 'rateLimited', { limit: decision.limit }) })
    .catch((err: unknown) =>
      services.logger.warn({ err: errorMessage(err), clientId }, 'could not tell a client to slow down'),
    );
}

async function reply(
  { prisma, outbound, logger }: ConversationServices,
  msg: InboundMessage,
  conversationId: string,
  clientId: string,
  answer: Reply,
): Promise<void> {
  try {
    const sent = await outbound.send({ channel: msg.channel, chatId: msg.chatId }, answer);
    await prisma.message.create({
      data: {
        conversationId,
        clientId,
        direction: 'outbound',
        channel: msg.channel,
        body: answer.text,
        externalMessageId: sent.externalMessageId ?? null,
      },
    });
  } catch (err) {
    logger.error({ err: errorMessage(err), channel: msg.channel, clientId }, 'reply could not be sent');
  }
}

/** PostgreSQL not answering becomes a DependencyError, so the channel has the update delivered again. */
async function handleOrPostpone(handle: (msg: InboundMessage) => Promise<void>, msg: InboundMessage): Promise<void> {
  try {
    await handle(msg);
  } catch (err) {
    if (isDatabaseUnreachable(err))
      throw new DependencyError('PostgreSQL is unreachable', { channel: msg.channel }, { cause: err });
    throw err;
  }
}

/** Fragment handling (fragments.ts): the words held before, joined with these when they came in time. */
function withHeldWords(msg: InboundMessage, pending: Pending | null, now: Date, windowMs: number) {
  const held = pending?.fragment;
  if (!held) return { msg, pending };
  // words nobody can read are answered alone: the held words keep waiting for their own answer
  if (isPlainText(msg) && isGibberish(msg.text)) return { msg, pending };
  const joined = isPlainText(msg) ? joinedText(held, msg.text, now, windowMs) : undefined;
  // held words past their window were answered by their timer (or lost with its process): never joined late
  if (!joined) return { msg, pending: null };
  return { msg: { ...msg, text: joined }, pending: null, joinedIds: [held.messageId] };
}

/**
 * The conversation, written once for every channel: identify the client, skip what was already
 * handled, admit, route, act in one transaction with the message log, publish what happened,
 * then answer in the client's language. Words that cannot stand alone wait a moment for the next.
 */
export function createConversation(services: ConversationServices) {
  const strangers = greetStranger(services);
  const routes = conversationRoutes(services);
  const windowMs = services.fragmentWindowMs ?? 0;

  async function conclude(result: FlowResult, msg: InboundMessage, turn: Turn): Promise<void> {
    await publish(services, result, turn.clientId);
    if (!result.silent) return reply(services, msg, turn.conversationId, turn.clientId, result.reply);
    const held = result.pending?.fragment;
    if (held)
      setTimeout(() => void answerHeld(turn.conversationId, held.messageId).catch(heldFailed), windowMs).unref();
  }
  const duplicate = (msg: InboundMessage) =>
    services.logger.debug({ channel: msg.channel, key: msg.idempotencyKey }, 'duplicate delivery ignored');
  const heldFailed = (err: unknown) =>
    services.logger.error({ err: errorMessage(err) }, 'held words could not be answered');

  /** The window ended with nothing joined: the held words get the answer they would have had. */
  async function answerHeld(conversationId: string, messageId: string): Promise<void> {
    const now = services.clock();
    const conversation = await services.prisma.conversation.findUnique({
      where: { id: conversationId },
      include: { client: true },
    });
    const pending = conversation && readPending(conversation.pendingClarification, conversation.pendingExpiresAt, now);
    const held = pending?.fragment;
    if (!conversation || conversation.client.erasedAt || held?.messageId !== messageId) return;
    const msg: InboundMessage = {
      ...{ channel: conversation.channel, chatId: held.chatId, externalUserId: held.chatId },
      ...{ idempotencyKey: `held:${messageId}`, text: held.text, attachments: [], receivedAt: now },
    };
    const turn = turnOf(conversation.client, conversation, answerLanguage(msg, conversation.client), now, null);
    const step = await firstStep(routes, msg, { ...turn, mayHold: false });
    const result = await act(services, msg, turn, step, { heldId: messageId });
    if (result) await conclude({ ...result, silent: undefined }, msg, turn);
  }

  async function handle(received: InboundMessage): Promise<void> {
    const now = services.clock();
    const arrival = await arrivalOf(services.prisma, received, now);
    if (!arrival) return strangers(received, now);
    if (arrival.handled) return duplicate(received);
    const { client } = arrival;
    const lang = answerLanguage(received, client);
    const admitted = services.limits ? await services.limits.admit(client.id) : undefined;
    if (admitted && admitted.verdict !== 'ok') return overRate(services, received, client.id, lang, admitted);
    const conversation = arrival.conversation ?? (await openConversation(services.prisma, client.id, received.channel));
    const files = await receive(services, received);
    const reader = services.voice;
    const heard = reader ? await reader(files.msg, { llmEnabled: client.llmEnabled, lang }, files.received) : undefined;
    // A transcribed voice note is understood, stored and answered as the text it says.
    const spoken = heard?.kind === 'transcript' ? { ...files.msg, text: heard.text } : files.msg;
    const stored = readPending(conversation.pendingClarification, conversation.pendingExpiresAt, now);
    const { msg, pending, joinedIds = [] } = withHeldWords(spoken, stored, now, windowMs);
    const turn = {
      ...turnOf(client, conversation, lang, now, pending, heard),
      // a voice note is said whole: never held as the start of a sentence
      ...{ mayHold: windowMs > 0 && heard?.kind !== 'transcript', joinedIds, draftEditing: arrival.draftEditing },
      mayBeInConversation: arrival.mayBeInConversation,
    };
    const step = withTranscript(await firstStep(routes, asWords(msg, heard), turn), heard);
    const result = await act(services, msg, turn, step, { logged: spoken.text, files });
    if (result) await conclude(result, msg, turn);
  }

  return { handle: (msg: InboundMessage) => handleOrPostpone(handle, msg) };
}

function turnOf(
  client: Client,
  conversation: Pick<ConversationState, 'id' | 'consecutiveMisses'>,
  lang: Lang,
  now: Date,
  pending: Pending | null,
  heard?: Turn['heard'],
): Turn {
  return {
    clientId: client.id,
    conversationId: conversation.id,
    tz: client.tz,
    lang,
    now,
    pending,
    misses: conversation.consecutiveMisses,
    llmAllowed: client.llmEnabled,
    defaultMinutes: client.defaultBookingMinutes,
    heard,
    mayHold: false,
    joinedIds: [],
  };
}
