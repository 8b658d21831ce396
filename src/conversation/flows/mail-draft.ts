import type { SenderMail } from '../../domain/mailbox/senders.js';
import type { PrismaClient } from '../../infra/db/types.js';
import { mailChatTexts } from '../../i18n/mail-chat.js';
import type { ActionOf } from '../../kernel/actions.js';
import type { Db } from '../../infra/db/types.js';
import type { FlowContext, FlowResult, Step } from '../flow.js';
import type { ChatMail } from '../mail-port.js';
import { isDrop } from '../../understanding/clarify.js';
import type { Route, Turn } from '../turn.js';
import { draftReply, readyDraft, writeFor } from './mail-reply.js';

/** A tap on Invia left half-done (the process stopped while sending) may be tapped again after this. */
const SENDING_STALE_MS = 2 * 60_000;
/** After Modifica, the next words are the new text for this long. */
const EDITING_MS = 30 * 60_000;

type Texts = (typeof mailChatTexts)['it' | 'en'];
const said =
  (text: (texts: Texts) => string): Step =>
  async (ctx) => ({
    reply: { text: text(mailChatTexts[ctx.lang]) },
    understood: true,
  });

const mailSelect = {
  ...{ id: true, fromName: true, fromAddress: true, subject: true, text: true },
  ...{ ticketId: true, sentAt: true, createdAt: true },
} as const;

async function draftOf(db: Db, clientId: string, draftId: string) {
  const draft = await db.mailDraft.findFirst({
    where: { id: draftId, clientId },
    include: { mailMessage: { select: mailSelect } },
  });
  if (!draft) return undefined;
  const mail = draft.mailMessage?.fromAddress
    ? ({ ...draft.mailMessage, fromAddress: draft.mailMessage.fromAddress } as SenderMail)
    : undefined;
  return { ...draft, mail };
}

/** Why a draft cannot be acted on any more, in words. */
const closed = (status: string | undefined): Step =>
  status === 'sent'
    ? said((x) => x.draftAlreadySent)
    : status === 'sending'
      ? said((x) => x.draftSending)
      : said((x) => x.draftGone);

/**
 * Invia: the draft is claimed (ready → sending) before anything goes out, so a double tap or a
 * redelivered tap sends once; the e-mail leaves through the client's SMTP outside the
 * transaction, and the step records it sent (or ready again when the server refused it).
 */
async function sendStep(prisma: PrismaClient, mail: ChatMail | undefined, draftId: string, turn: Turn): Promise<Step> {
  const stale = new Date(turn.now.getTime() - SENDING_STALE_MS);
  const claimed = await prisma.mailDraft.updateMany({
    where: {
      id: draftId,
      clientId: turn.clientId,
      mailMessageId: { not: null },
      OR: [{ status: 'ready' }, { status: 'sending', updatedAt: { lt: stale } }],
    },
    data: { status: 'sending', updatedAt: turn.now },
  });
  const draft = await draftOf(prisma, turn.clientId, draftId);
  if (claimed.count === 0 || !draft?.mail) return closed(draft?.status);
  if (!mail) {
    await prisma.mailDraft.update({ where: { id: draftId }, data: { status: 'ready' } });
    return said((x) => x.draftFailed({ detail: x.mailOff }));
  }
  const outcome = await mail.send({
    clientId: turn.clientId,
    mailMessageId: draft.mail.id,
    text: draft.text,
    idempotencyKey: `draft:${draftId}`,
  });
  if (outcome.kind === 'failed' || outcome.kind === 'not_mail') {
    await prisma.mailDraft.update({
      where: { id: draftId },
      data: { status: outcome.kind === 'failed' ? 'ready' : 'cancelled' },
    });
    if (outcome.kind === 'not_mail') return said((x) => x.draftGone);
    return async (ctx) => ({
      reply: {
        ...draftReply(ctx.lang, draftId, draft.mail!, draft.text),
        text: mailChatTexts[ctx.lang].draftFailed({ detail: outcome.detail }),
      },
      understood: true,
    });
  }
  const to = outcome.kind === 'sent' ? outcome.to : draft.mail.fromAddress;
  const saved = outcome.kind === 'sent' && outcome.savedToSent;
  return async (ctx) => {
    await ctx.db.mailDraft.update({
      where: { id: draftId },
      data: { status: 'sent', sentAt: ctx.now, updatedAt: ctx.now },
    });
    return { reply: { text: mailChatTexts[ctx.lang].draftSent({ to, saved }) }, understood: true };
  };
}

/** Modifica: the next words the client writes are the reply's new text. */
const editStep =
  (draftId: string): Step =>
  async (ctx) => {
    const { count } = await ctx.db.mailDraft.updateMany({
      where: { id: draftId, clientId: ctx.clientId, status: { in: ['ready', 'editing'] } },
      data: { status: 'editing', conversationId: ctx.conversationId, updatedAt: ctx.now },
    });
    if (count === 0) return closed((await draftOf(ctx.db, ctx.clientId, draftId))?.status)(ctx);
    return { reply: { text: mailChatTexts[ctx.lang].draftAskText }, understood: true };
  };

/** Annulla: nothing is sent, and the draft's buttons do nothing any more. */
const cancelStep =
  (draftId: string): Step =>
  async (ctx) => {
    const { count } = await ctx.db.mailDraft.updateMany({
      where: { id: draftId, clientId: ctx.clientId, status: { in: ['ready', 'editing', 'choosing'] } },
      data: { status: 'cancelled', updatedAt: ctx.now },
    });
    if (count === 0) return closed((await draftOf(ctx.db, ctx.clientId, draftId))?.status)(ctx);
    return { reply: { text: mailChatTexts[ctx.lang].draftCancelled }, understood: true };
  };

/** Invia / Modifica / Annulla under a draft. */
export function mailDraftButton(prisma: PrismaClient, mail: ChatMail | undefined) {
  return (action: ActionOf<'mail_draft'>, _pending: unknown, _data: string, turn: Turn): Step | Promise<Step> => {
    if (action.choice === 'send') return sendStep(prisma, mail, action.draftId, turn);
    return action.choice === 'edit' ? editStep(action.draftId) : cancelStep(action.draftId);
  };
}

/** One of several matching senders picked: the draft answers that sender's latest e-mail. */
export function mailPickButton(prisma: PrismaClient, mail: ChatMail | undefined) {
  return async (action: ActionOf<'mail_pick'>, _pending: unknown, _data: string, turn: Turn): Promise<Step> => {
    const draft = await draftOf(prisma, turn.clientId, action.draftId);
    const pickedId = draft?.status === 'choosing' ? draft.candidateIds[action.index] : undefined;
    if (!draft || !pickedId) return closed(draft?.status);
    const picked = await prisma.mailMessage.findFirst({
      where: { id: pickedId, clientId: turn.clientId },
      select: mailSelect,
    });
    if (!picked?.fromAddress) return closed(undefined);
    const target = { ...picked, fromAddress: picked.fromAddress };
    const written =
      mail && turn.llmAllowed ? await writeFor(prisma, mail, turn, target, draft.instructions) : undefined;
    return (ctx) => readyDraft(ctx, { mail: target, words: draft.instructions, written, draftId: draft.id });
  };
}

/**
 * After Modifica: the client's next words (within half an hour) are the new text, shown again
 * before sending; words that drop it (as for any question the bot asked) cancel the draft.
 */
export function draftEditRoute(prisma: PrismaClient): Route {
  return async (msg, turn) => {
    if (turn.draftEditing === false || msg.action || msg.text.trim() === '' || msg.text.startsWith('/'))
      return undefined;
    const editing = await prisma.mailDraft.findFirst({
      where: {
        clientId: turn.clientId,
        conversationId: turn.conversationId,
        status: 'editing',
        updatedAt: { gt: new Date(turn.now.getTime() - EDITING_MS) },
      },
      orderBy: { updatedAt: 'desc' },
      select: { id: true },
    });
    if (!editing) return undefined;
    // "annulla", "lascia stare", "cancel": the draft is dropped, never sent with those words
    if (isDrop(msg.text)) return cancelStep(editing.id);
    return (ctx) => newText(ctx, editing.id, msg.text.trim());
  };
}

async function newText(ctx: FlowContext, draftId: string, text: string): Promise<FlowResult> {
  const { count } = await ctx.db.mailDraft.updateMany({
    where: { id: draftId, status: 'editing' },
    data: { text, status: 'ready', updatedAt: ctx.now },
  });
  const draft = await draftOf(ctx.db, ctx.clientId, draftId);
  if (count === 0 || !draft?.mail) return closed(draft?.status)(ctx);
  return { reply: draftReply(ctx.lang, draftId, draft.mail, text), understood: true };
}
