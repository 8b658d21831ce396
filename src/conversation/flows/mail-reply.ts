import { findSenders, senderLabel, type Sender, type SenderMail } from '../../domain/mailbox/senders.js';
import type { PrismaClient } from '../../infra/db/types.js';
import { t } from '../../i18n/catalog.js';
import { mailChatTexts } from '../../i18n/mail-chat.js';
import { encodeButton, type DraftChoice } from '../../kernel/actions.js';
import type { Button } from '../../kernel/messaging.js';
import type { Lang, Understanding } from '../../understanding/contract.js';
import type { Flow, FlowContext, FlowResult, Reply } from '../flow.js';
import type { ChatMail } from '../mail-port.js';
import type { Turn } from '../turn.js';
import { taskFlow } from './task.js';

/** Senders offered as buttons when the client's words match several; more are not offered. */
const PICKS_SHOWN = 5;
const BUTTON_CHARS = 60;

/** A draft an LLM wrote before the transaction, for the one e-mail it answers. */
export interface Written {
  mailId: string;
  text: string;
}

const draftChoice: Record<DraftChoice, 'buttonSendDraft' | 'buttonEditDraft' | 'buttonCancel'> = {
  send: 'buttonSendDraft',
  edit: 'buttonEditDraft',
  cancel: 'buttonCancel',
};

/** The draft as the client reads it, with Invia / Modifica / Annulla. */
export function draftReply(lang: Lang, draftId: string, mail: SenderMail, text: string): Reply {
  const to = senderLabel({ name: mail.fromName, address: mail.fromAddress });
  const subject = mail.subject || mailChatTexts[lang].noSubject;
  const buttons: Button[][] = [
    (['send', 'edit', 'cancel'] as const).map((choice) => ({
      label: t(lang, draftChoice[choice]),
      data: encodeButton({ op: 'mail_draft', choice, draftId }),
    })),
  ];
  return { text: mailChatTexts[lang].draftShown({ to, subject, text }), buttons };
}

/** Who signs the reply: the client's name. */
export async function signerOf(db: FlowContext['db'] | PrismaClient, clientId: string): Promise<string> {
  const client = await db.client.findUnique({ where: { id: clientId }, select: { name: true } });
  return client?.name ?? '';
}

/** The plain reply in the client's language carrying their words, for when no LLM writes it. */
export function templateReply(lang: Lang, mail: SenderMail, words: string, signer: string): string {
  return mailChatTexts[lang].template({ name: mail.fromName, words, signer });
}

/** A draft answering `mail`, stored ready and shown with its buttons. */
export async function readyDraft(
  ctx: FlowContext,
  input: { mail: SenderMail; words: string; written?: Written | undefined; draftId?: string },
): Promise<FlowResult> {
  const { mail, words, written } = input;
  const text =
    written?.mailId === mail.id
      ? written.text
      : templateReply(ctx.lang, mail, words, await signerOf(ctx.db, ctx.clientId));
  const data = { mailMessageId: mail.id, text, status: 'ready', updatedAt: ctx.now };
  const draft = input.draftId
    ? await ctx.db.mailDraft.update({ where: { id: input.draftId }, data })
    : await ctx.db.mailDraft.create({
        data: {
          ...data,
          clientId: ctx.clientId,
          conversationId: ctx.conversationId,
          instructions: words,
          createdAt: ctx.now,
        },
      });
  return { reply: draftReply(ctx.lang, draft.id, mail, text), understood: true };
}

/** Several senders match: the client picks one with a button; the words wait on the draft. */
async function pickSender(ctx: FlowContext, named: string, words: string, senders: Sender[]): Promise<FlowResult> {
  const shown = senders.slice(0, PICKS_SHOWN);
  const draft = await ctx.db.mailDraft.create({
    data: {
      ...{ clientId: ctx.clientId, conversationId: ctx.conversationId, instructions: words, status: 'choosing' },
      ...{ candidateIds: shown.map((s) => s.mails[0]!.id), createdAt: ctx.now, updatedAt: ctx.now },
    },
  });
  const buttons = shown.map((sender, index) => [
    {
      label: senderLabel(sender).slice(0, BUTTON_CHARS),
      data: encodeButton({ op: 'mail_pick', draftId: draft.id, index }),
    },
  ]);
  return { reply: { text: mailChatTexts[ctx.lang].pickSender({ named }), buttons }, understood: true };
}

/**
 * "Rispondi a Rossi che confermo per giovedì": the latest e-mail of the sender named is answered
 * with a draft the client sends, changes or drops with a button. Several senders match: buttons;
 * none: the latest senders are named. Without a mailbox the office answers it, as a request.
 */
export const mailReplyFlow: Flow<{ understanding: Understanding; written?: Written | undefined }> = async (
  ctx,
  { understanding: u, written },
) => {
  const named = u.with ?? '';
  const words = u.text ?? '';
  const found = await findSenders(ctx.db, ctx.clientId, named);
  if (found.kind === 'no_mailbox')
    return taskFlow(ctx, { understanding: { intent: 'task', text: ctx.text, category: 'email' } });
  if (found.kind === 'none')
    return {
      reply: { text: mailChatTexts[ctx.lang].noMailFrom({ named, recent: found.recent.join(', ') }) },
      understood: true,
    };
  if (found.senders.length > 1) return pickSender(ctx, named, words, found.senders);
  return readyDraft(ctx, { mail: found.senders[0]!.mails[0]!, words, written });
};

/**
 * Before the transaction (an LLM may take seconds): when one sender matches and the client allows
 * the LLM, the draft is written by it; undefined leaves the plain template to the flow.
 */
export async function writeBeforehand(
  prisma: PrismaClient,
  mail: ChatMail | undefined,
  u: Understanding,
  turn: Pick<Turn, 'clientId' | 'lang' | 'llmAllowed'>,
): Promise<Written | undefined> {
  if (!mail?.write || !turn.llmAllowed) return undefined;
  const found = await findSenders(prisma, turn.clientId, u.with ?? '');
  if (found.kind !== 'found' || found.senders.length !== 1) return undefined;
  return writeFor(prisma, mail, turn, found.senders[0]!.mails[0]!, u.text ?? '');
}

/** The LLM's draft answering one e-mail with the client's words. */
export async function writeFor(
  prisma: PrismaClient,
  mail: ChatMail,
  turn: Pick<Turn, 'clientId' | 'lang'>,
  target: SenderMail,
  words: string,
): Promise<Written | undefined> {
  const from = senderLabel({ name: target.fromName, address: target.fromAddress });
  const signer = await signerOf(prisma, turn.clientId);
  const text = await mail.write?.({
    lang: turn.lang,
    signer,
    original: { from, subject: target.subject, text: target.text },
    words,
  });
  return text ? { mailId: target.id, text } : undefined;
}
