import type { InboundMessage } from '../kernel/messaging.js';
import { isDatabaseUnreachable, isUniqueViolation, type Tx } from '../infra/db/types.js';
import { Prisma } from '../generated/prisma/client.js';
import { DependencyError, errorMessage } from '../kernel/errors.js';
import { t } from '../i18n/catalog.js';
import { bytesPerMb, oversizedAttachments } from '../domain/limits/attachments.js';
import type { RateDecision } from '../domain/limits/rate-limit.js';
import { completePending, missingSlots } from '../understanding/clarify.js';
import type { Lang, Understanding } from '../understanding/contract.js';
import { detectLanguage } from '../understanding/lang.js';
import { buttonStep } from './button-steps.js';
import type { ConversationDeps, FlowResult, Reply, Step } from './deps.js';
import { agendaFlow } from './flows/agenda.js';
import { bookingFlow } from './flows/booking.js';
import { cancelFlow, rescheduleFlow, rescheduleItem } from './flows/manage.js';
import { reminderFlow } from './flows/reminder.js';
import { statusFlow, statusReportFlow } from './flows/status.js';
import { voiceTicketFlow, withTranscript } from './flows/voice.js';
import type { Heard } from '../domain/segreteria/voice.js';
import { freeSlotsFlow } from './flows/slots.js';
import { briefingSettingFlow } from './flows/briefing-setting.js';
import { readBriefingSwitch } from '../domain/briefing/switch.js';
import { attachFiles, openTicket, taskFlow } from './flows/task.js';
import { mentionsDay, timeIssueText } from './flows/when.js';
import { startOfLocalDay } from '../kernel/time.js';
import { pendingJson, readPending, type Pending } from './pending.js';
import { greetStranger } from './strangers.js';
import { recentOpenTicket, ticketLabel } from '../domain/tickets/service.js';
import { recordClientMessage, ticketOfClientMessage } from '../domain/tickets/relay.js';
import { settlesWithin } from '../infra/settles.js';

/** Longer messages are understood on their beginning; the ticket keeps the whole text. */
export const UNDERSTAND_MAX_CHARS = 2000;
/** Files sent within this time after a request belong to it. */
const ATTACH_WINDOW_MS = 30 * 60_000;
/** How long the answer waits for a transaction's follow-up (scheduling in Redis, the desk card). */
const FOLLOW_UP_WAIT_MS = 3000;

/**
 * The conversation pipeline, written once for every channel: identify the client, skip what
 * was already handled, resume a pending question, understand, act in one transaction with the
 * message log, then answer in the client's language.
 */
export function createConversation(deps: ConversationDeps) {
  const { prisma, logger } = deps;
  const strangers = greetStranger(deps);

  async function handle(received: InboundMessage): Promise<void> {
    const now = deps.clock();
    const identity = await prisma.channelIdentity.findUnique({
      where: { channel_externalUserId: { channel: received.channel, externalUserId: received.externalUserId } },
      include: { client: true },
    });
    if (!identity || identity.client.erasedAt) return strangers(received, now);
    const client = identity.client;

    const seen = await prisma.message.findUnique({
      where: { channel_idempotencyKey: { channel: received.channel, idempotencyKey: received.idempotencyKey } },
      select: { id: true },
    });
    if (seen) {
      logger.debug({ channel: received.channel, key: received.idempotencyKey }, 'duplicate delivery ignored');
      return;
    }

    // Answer in the language the client writes in; commands and buttons keep their setting.
    const lang: Lang =
      !received.command && !received.action && /\p{L}{3,}/u.test(received.text)
        ? detectLanguage(received.text, client.lang)
        : client.lang;
    const admitted = deps.limits ? await deps.limits.admit(client.id) : undefined;
    if (admitted && admitted.verdict !== 'ok') return overRate(received, client.id, lang, admitted);
    const conversation = await conversationOf(client.id, received.channel);
    const pending = readPending(conversation.pendingClarification, conversation.pendingExpiresAt, now);
    const heard = deps.voice ? await deps.voice(received, { llmEnabled: client.llmEnabled, lang }) : undefined;
    // A transcribed voice note is understood, stored and answered as the text it says.
    const msg = heard?.kind === 'transcript' ? { ...received, text: heard.text } : received;
    const step = withTranscript(
      await plan(msg, {
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
      }),
      heard,
    );

    let result: FlowResult;
    try {
      result = await prisma.$transaction(async (tx: Tx) => {
        const message = await tx.message.create({
          data: {
            conversationId: conversation.id,
            clientId: client.id,
            direction: 'inbound',
            channel: msg.channel,
            body: msg.action ? msg.action.data : msg.text,
            kind: msg.action
              ? 'button'
              : msg.attachments[0]?.kind === 'voice'
                ? 'voice'
                : msg.attachments[0]?.kind === 'photo'
                  ? 'photo'
                  : msg.attachments.length
                    ? 'document'
                    : 'text',
            idempotencyKey: msg.idempotencyKey,
            externalMessageId: msg.externalMessageId ?? null,
          },
        });
        const flow = withWayOut(
          await step({
            db: tx,
            clientId: client.id,
            conversationId: conversation.id,
            lang,
            tz: client.tz,
            now,
            messageId: message.id,
            text: msg.text,
          }),
          pending,
          lang,
        );
        const keepPending = flow.pending === undefined && pending !== null && !flow.understood;
        await tx.conversation.update({
          where: { id: conversation.id },
          data: {
            lastInboundAt: now,
            consecutiveMisses: flow.understood ? 0 : { increment: 1 },
            ...(keepPending
              ? {}
              : flow.pending
                ? {
                    pendingClarification: pendingJson({
                      ...flow.pending,
                      requestText: flow.pending.requestText ?? msg.text,
                    }),
                    pendingExpiresAt: new Date(now.getTime() + deps.pendingTtlMin * 60_000),
                  }
                : { pendingClarification: Prisma.DbNull, pendingExpiresAt: null }),
          },
        });
        return flow;
      });
    } catch (err) {
      if (isUniqueViolation(err)) return; // the same update raced in twice: the other one handles it
      throw err;
    }

    if (result.afterCommit) {
      const followUp = result
        .afterCommit()
        .catch((err: unknown) =>
          logger.error({ err: errorMessage(err), clientId: client.id }, 'follow-up after a message failed'),
        );
      // With Redis down the follow-up waits for it (ioredis queues the commands); the client
      // still gets the answer, and the work already committed is safe in PostgreSQL.
      if (!(await settlesWithin(followUp, FOLLOW_UP_WAIT_MS)))
        logger.warn({ clientId: client.id }, 'follow-up after a message is slow; answering before it ends');
    }
    await reply(msg, conversation.id, client.id, result.reply);
  }

  /**
   * Every question asked back says how to leave it; a question kept unchanged while the bot
   * answers something else (a file too large) was already asked with it, and an optional one
   * is left by any answer that is not a time.
   */
  function withWayOut(flow: FlowResult, before: Pending | null, lang: Lang): FlowResult {
    if (!flow.pending || flow.pending === before || flow.pending.missing.length === 0 || flow.pending.optional)
      return flow;
    return { ...flow, reply: { ...flow.reply, text: `${flow.reply.text} ${t(lang, 'pendingWayOut')}` } };
  }

  /** PostgreSQL not answering becomes a DependencyError, so the channel has the update delivered again. */
  async function handleOrPostpone(msg: InboundMessage): Promise<void> {
    try {
      await handle(msg);
    } catch (err) {
      if (isDatabaseUnreachable(err))
        throw new DependencyError('PostgreSQL is unreachable', { channel: msg.channel }, { cause: err });
      throw err;
    }
  }

  /** Over the rate limit: nothing is stored or done; only the first message of the window gets an answer. */
  async function overRate(msg: InboundMessage, clientId: string, lang: Lang, decision: RateDecision): Promise<void> {
    logger.info(
      { clientId, channel: msg.channel, count: decision.count, limit: decision.limit },
      'message over the rate limit not processed',
    );
    if (decision.verdict !== 'first_refusal') return;
    await deps.outbound
      .send({ channel: msg.channel, chatId: msg.chatId }, { text: t(lang, 'rateLimited', { limit: decision.limit }) })
      .catch((err: unknown) =>
        logger.warn({ err: errorMessage(err), clientId }, 'could not tell a client to slow down'),
      );
  }

  /** The client's conversation on a channel; two first messages arriving together share one. */
  async function conversationOf(clientId: string, channel: InboundMessage['channel']) {
    const where = { clientId_channel: { clientId, channel } };
    // Read first: an upsert costs a transaction of four statements on every message, and the
    // conversation exists for all but a client's first message.
    const existing = await prisma.conversation.findUnique({ where });
    if (existing) return existing;
    try {
      return await prisma.conversation.create({ data: { clientId, channel } });
    } catch (err) {
      if (!isUniqueViolation(err)) throw err;
      return prisma.conversation.findUniqueOrThrow({ where });
    }
  }

  async function reply(msg: InboundMessage, conversationId: string, clientId: string, answer: Reply): Promise<void> {
    try {
      const sent = await deps.outbound.send({ channel: msg.channel, chatId: msg.chatId }, answer);
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

  interface PlanInput {
    clientId: string;
    conversationId: string;
    tz: string;
    lang: Lang;
    now: Date;
    pending: Pending | null;
    misses: number;
    llmAllowed: boolean;
    defaultMinutes: number;
    heard: Heard | undefined;
  }

  /** Decides what to do; understanding (maybe an LLM call) happens here, outside any transaction. */
  async function plan(msg: InboundMessage, p: PlanInput): Promise<Step> {
    const uctx = { now: p.now, tz: p.tz, lang: p.lang };
    if (msg.action) return buttonStep(msg.action.data, p.pending, deps);
    if (deps.limits && oversizedAttachments(msg.attachments, deps.limits.maxAttachmentBytes).length > 0)
      return fileTooLargeStep(deps.limits.maxAttachmentBytes, p.pending);
    if (msg.command && ['start', 'help', 'aiuto'].includes(msg.command.name))
      return async (ctx) => ({ reply: { text: t(ctx.lang, 'help') }, understood: true });
    if (msg.command && ['stato', 'status'].includes(msg.command.name)) return statusReportFlow;
    const briefingCommand = msg.command && readBriefingSwitch(msg.command, msg.text);
    if (briefingCommand) return (ctx) => briefingSettingFlow(ctx, briefingCommand, deps.briefingChanged);
    const aboutTicket = await ticketOfClientMessage(prisma, {
      clientId: p.clientId,
      conversationId: p.conversationId,
      replyToExternalMessageId: msg.replyToExternalMessageId,
    });
    if (aboutTicket) return relayStep(aboutTicket, msg);
    // Words only after the relay: an answer to an assistant that reads like a switch is the assistant's.
    const briefing = !msg.command && readBriefingSwitch(undefined, msg.text);
    if (briefing) return (ctx) => briefingSettingFlow(ctx, briefing, deps.briefingChanged);
    if (p.heard?.kind === 'unheard') return (ctx) => voiceTicketFlow(ctx, msg.attachments, deps.tickets);

    const text = msg.text.slice(0, UNDERSTAND_MAX_CHARS);
    if (p.pending && text.trim()) {
      // "alle 15" after "giovedì hai già il dentista": the time applies to the day asked about.
      const answerCtx =
        p.pending.baseDay && !mentionsDay(text) ? { ...uctx, now: startOfLocalDay(p.pending.baseDay, p.tz) } : uctx;
      const outcome = completePending(p.pending.understanding, p.pending.missing, text, answerCtx);
      if (outcome.kind === 'dropped')
        return async (ctx) => ({ reply: { text: t(ctx.lang, 'pendingDropped') }, pending: null, understood: true });
      const pending = p.pending;
      if (outcome.kind === 'completed')
        return answering(pending, intentStep(outcome.understanding, msg, p, pending.itemRef));
      // After "Change time" the item is known: a time completes the answer without a description.
      if (outcome.kind === 'still_missing' && pending.itemRef && !outcome.missing.includes('when'))
        return answering(pending, intentStep(outcome.understanding, msg, p, pending.itemRef));
      if (pending.optional) return leftAsItIsStep(msg, p);
      // An answer that adds nothing (emoji, symbols, a word that is no time) keeps the question
      // and the request as they were, rather than becoming part of the request's text.
      if (outcome.kind === 'still_missing' && sameUnderstanding(outcome.understanding, pending.understanding)) {
        return async (ctx) => ({
          reply: {
            text: `${t(ctx.lang, 'answerNotUnderstood')} ${question(pending.understanding, pending.missing, ctx.lang)}`,
          },
          pending: { ...pending },
          understood: true,
        });
      }
      if (outcome.kind === 'still_missing') {
        const { timeIssue, ...understanding } = outcome.understanding;
        const asked = question(understanding, outcome.missing, p.lang);
        const text =
          timeIssue && outcome.missing.includes('when') ? `${timeIssueText(timeIssue, p.lang)} ${asked}` : asked;
        return answering(pending, async () => ({
          reply: { text },
          pending: { ...pending, understanding, missing: outcome.missing, requestText: undefined },
          understood: true,
        }));
      }
    }
    if (!/[\p{L}\p{N}]/u.test(text)) {
      if (msg.attachments.length) return fileStep(msg);
      return async (ctx) => ({ reply: { text: t(ctx.lang, 'notUnderstood') }, understood: true });
    }
    const { understanding, source, fallbackReason } = await deps.understand(text, {
      ...uctx,
      llmAllowed: p.llmAllowed,
    });
    logger.info(
      { clientId: p.clientId, intent: understanding.intent, source, fallbackReason, chars: msg.text.length },
      'message understood',
    );
    if (understanding.intent === 'other' && msg.attachments.length) return fileStep(msg);
    return intentStep(understanding, msg, p);
  }

  /** A question the client may leave (the time of a date-only booking): an answer with no time leaves it; a request of its own is that request. */
  async function leftAsItIsStep(msg: InboundMessage, p: PlanInput): Promise<Step> {
    const { understanding } = await deps.understand(msg.text.slice(0, UNDERSTAND_MAX_CHARS), {
      now: p.now,
      tz: p.tz,
      lang: p.lang,
      llmAllowed: p.llmAllowed,
    });
    if (understanding.intent !== 'other') return intentStep(understanding, msg, p);
    return async (ctx) => ({ reply: { text: t(ctx.lang, 'bookingLeftAllDay') }, pending: null, understood: true });
  }

  /** An answer to a question acts on the whole request: the earlier words come first in the text. */
  function answering(pending: Pending, step: Step): Step {
    const earlier = pending.requestText;
    if (!earlier) return step;
    return async (ctx) => {
      const text = `${earlier}\n${ctx.text}`;
      const result = await step({ ...ctx, text });
      return result.pending
        ? { ...result, pending: { ...result.pending, requestText: result.pending.requestText ?? text } }
        : result;
    };
  }

  function question(u: Understanding, missing: Pending['missing'], lang: Lang): string {
    if (missing.includes('target')) return t(lang, 'askTarget');
    if (u.intent === 'reminder') return t(lang, 'askReminderWhen', { text: u.text ?? '' });
    if (u.intent === 'booking') return t(lang, 'askBookingWhen');
    return t(lang, 'askRescheduleWhen');
  }

  /** A booking asked back for its time says first why the time named could not be used ("Il 31 febbraio non esiste."). */
  function explainingTime(u: Understanding, step: Step): Step {
    const issue = u.timeIssue;
    if (issue === undefined) return step;
    return async (ctx) => {
      const result = await step(ctx);
      if (!result.pending?.missing.includes('when')) return result;
      const { timeIssue: _explained, ...understanding } = result.pending.understanding;
      return {
        ...result,
        reply: { ...result.reply, text: `${timeIssueText(issue, ctx.lang)} ${result.reply.text}` },
        pending: { ...result.pending, understanding },
      };
    };
  }

  function intentStep(u: Understanding, msg: InboundMessage, p: PlanInput, itemRef?: Pending['itemRef']): Step {
    if (itemRef && u.intent === 'reschedule') return (ctx) => rescheduleItem(ctx, itemRef, u, deps);
    const missing = missingSlots(u);
    if (missing.includes('target'))
      return async () => ({
        reply: { text: question(u, missing, p.lang) },
        pending: { understanding: u, missing },
        understood: true,
      });
    switch (u.intent) {
      case 'reminder':
        return (ctx) => reminderFlow(ctx, u, deps.scheduler);
      case 'booking':
        return explainingTime(u, (ctx) => bookingFlow(ctx, u, p.defaultMinutes, deps.bookingReminders, deps.tickets));
      case 'task':
        return (ctx) => taskFlow(ctx, u, msg.attachments, deps.tickets);
      case 'agenda':
        return (ctx) => agendaFlow(ctx, u);
      case 'free_slots':
        return (ctx) => freeSlotsFlow(ctx, u, deps);
      case 'cancel':
        return (ctx) => cancelFlow(ctx, u, deps);
      case 'reschedule':
        if (missing.includes('when'))
          return async () => ({
            reply: { text: question(u, missing, p.lang) },
            pending: { understanding: u, missing },
            understood: true,
          });
        return (ctx) => rescheduleFlow(ctx, u, deps);
      case 'status':
        return (ctx) => statusFlow(ctx, u, deps);
      case 'help':
        return async (ctx) => ({ reply: { text: t(ctx.lang, 'help') }, understood: true });
      case 'other':
        return otherStep(msg, p.misses);
    }
  }

  /** Small talk gets a short answer; real content not understood twice goes to a human. */
  function otherStep(msg: InboundMessage, misses: number): Step {
    const words = msg.text.trim().split(/\s+/).length;
    if (words <= 3) return async (ctx) => ({ reply: { text: t(ctx.lang, 'smallTalk') }, understood: true });
    if (misses < 1) return async (ctx) => ({ reply: { text: t(ctx.lang, 'notUnderstood') }, understood: false });
    return async (ctx) => {
      const { ticket, afterCommit } = await openTicket(
        ctx,
        { summary: msg.text, category: 'other', attachments: msg.attachments },
        deps.tickets,
      );
      return {
        reply: { text: t(ctx.lang, 'handedToHuman', { number: ticketLabel(ticket.number) }) },
        afterCommit,
        understood: true,
      };
    };
  }

  /** Files with no request: they join the request just made, or become one for a human. */
  function fileStep(msg: InboundMessage): Step {
    return async (ctx) => {
      const recent = await recentOpenTicket(ctx.db, ctx.clientId, new Date(ctx.now.getTime() - ATTACH_WINDOW_MS));
      if (recent) {
        await attachFiles(ctx, recent.id, msg.attachments);
        return {
          reply: {
            text: t(ctx.lang, 'attachmentsAdded', {
              number: ticketLabel(recent.number),
              count: msg.attachments.length,
            }),
          },
          understood: true,
        };
      }
      const summary = msg.text.trim() || t(ctx.lang, 'fileReceived');
      const { ticket, afterCommit } = await openTicket(
        ctx,
        { summary, category: 'other', attachments: msg.attachments },
        deps.tickets,
      );
      return {
        reply: { text: t(ctx.lang, 'taskCreated', { number: ticketLabel(ticket.number) }) },
        afterCommit,
        understood: true,
      };
    };
  }

  /** A message about an active ticket goes to the assistant's thread, not to the intent flows. */
  function relayStep(ticket: { id: string; number: number }, msg: InboundMessage): Step {
    return async (ctx) => {
      await recordClientMessage(ctx.db, { ticketId: ticket.id, messageId: ctx.messageId, now: ctx.now });
      await attachFiles(ctx, ticket.id, msg.attachments);
      logger.info(
        { clientId: ctx.clientId, ticketId: ticket.id, chars: msg.text.length },
        'client message relayed to the desk',
      );
      return {
        reply: { text: t(ctx.lang, 'relayedToDesk', { number: ticketLabel(ticket.number) }) },
        afterCommit: async () => deps.tickets?.clientWrote?.(ticket.id, ctx.messageId),
        understood: true,
      };
    };
  }

  /** Files over the size limit: the message is logged, but no file is kept and nothing is acted on. */
  function fileTooLargeStep(maxBytes: number, pending: Pending | null): Step {
    return async (ctx) => ({
      reply: { text: t(ctx.lang, 'fileTooLarge', { maxMb: Math.floor(maxBytes / bytesPerMb) }) },
      pending,
      understood: true,
    });
  }

  return { handle: handleOrPostpone };
}

function sameUnderstanding(a: Understanding, b: Understanding): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every(
    (k) => JSON.stringify(a[k as keyof Understanding]) === JSON.stringify(b[k as keyof Understanding]),
  );
}
