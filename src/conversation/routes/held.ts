import type { TicketInConversation } from '../../domain/tickets/relay.js';
import { activeStatuses } from '../../domain/tickets/lifecycle.js';
import { ticketLabel } from '../../domain/tickets/service.js';
import { t } from '../../i18n/catalog.js';
import { encodeButton } from '../../kernel/actions.js';
import type { InboundMessage } from '../../kernel/messaging.js';
import type { Understand } from '../../understanding/understand.js';
import type { FlowContext, FlowResult, Step } from '../flow.js';
import { openTicket } from '../flows/task.js';
import { intentStep } from '../intents.js';
import type { Pending } from '../pending.js';
import { UNDERSTAND_MAX_CHARS, type Turn } from '../turn.js';
import { relayedLine, relayMessages } from '../flows/thread.js';

type Held = NonNullable<Pending['held']>;

const heldPending = (held: Held): Pending => ({ understanding: { intent: 'other' }, missing: [], held });

/** "È per la richiesta in corso o è una nuova richiesta?": the message waits, its files kept unattached. */
export function askWhichThread(tickets: TicketInConversation[], msg: InboundMessage): Step {
  return async (ctx) => {
    const who = (tk: TicketInConversation) => tk.assistant ?? t(ctx.lang, 'relayedWho');
    const buttons = [
      ...tickets.map((tk) => [
        {
          label: t(ctx.lang, 'buttonToTicket', { who: who(tk), number: ticketLabel(tk.number) }),
          data: encodeButton({ op: 'to_ticket', ticketId: tk.id }),
        },
      ]),
      [{ label: t(ctx.lang, 'buttonNewRequest'), data: encodeButton({ op: 'new_request' }) }],
    ];
    return {
      reply: { text: t(ctx.lang, 'whichThread'), buttons },
      pending: heldPending({ messageIds: [ctx.messageId], text: msg.text }),
      understood: true,
    };
  };
}

/** Asked once: a further message while the choice is open waits with the first. */
export function holdAnother(pending: Pending, msg: InboundMessage): Step {
  return async (ctx) => {
    const held = pending.held!;
    const text = [held.text, msg.text].filter((s) => s.trim()).join('\n');
    return {
      reply: { text: t(ctx.lang, 'whichThreadStill') },
      pending: heldPending({ messageIds: [...held.messageIds, ctx.messageId], text }),
      understood: true,
    };
  };
}

/** Files of the held messages go with them. */
async function attachHeldFiles(ctx: FlowContext, ticketId: string, held: Held): Promise<void> {
  const moved = await ctx.db.attachment.updateMany({
    where: { clientId: ctx.clientId, messageId: { in: held.messageIds }, ticketId: null },
    data: { ticketId },
  });
  if (moved.count)
    await ctx.db.ticketEvent.create({
      data: { ticketId, kind: 'attachment_added', actor: 'client', data: { count: moved.count }, createdAt: ctx.now },
    });
}

const gone = (ctx: FlowContext): FlowResult => ({ reply: { text: t(ctx.lang, 'heldGone') }, understood: true });

/** "Per Giulia, richiesta #1002": the held messages go to that ticket's thread. */
export async function heldToTicket(ctx: FlowContext, ticketId: string, held: Held | undefined): Promise<FlowResult> {
  const ticket = await ctx.db.ticket.findFirst({
    where: { id: ticketId, clientId: ctx.clientId, status: { in: [...activeStatuses] } },
  });
  if (!ticket) return { reply: { text: t(ctx.lang, 'itemGone') }, understood: true };
  if (!held) return gone(ctx);
  const events = await relayMessages(ctx, ticket.id, held.messageIds);
  await attachHeldFiles(ctx, ticket.id, held);
  return { reply: { text: await relayedLine(ctx, ticket.id) }, pending: null, events, understood: true };
}

/** "È una nuova richiesta": the held words are understood as a request of their own (a file alone opens one). */
export async function heldAsNewRequest(understand: Understand, turn: Turn, held: Held | undefined): Promise<Step> {
  if (!held) return async (ctx) => gone(ctx);
  const [firstId] = held.messageIds;
  const asFirst = (ctx: FlowContext): FlowContext => ({ ...ctx, messageId: firstId!, text: held.text });
  if (!held.text.trim()) {
    return async (ctx) => {
      const { ticket, events } = await openTicket(asFirst(ctx), {
        summary: t(ctx.lang, 'fileReceived'),
        category: 'other',
      });
      await attachHeldFiles(ctx, ticket.id, held);
      return {
        reply: { text: t(ctx.lang, 'taskCreated', { number: ticketLabel(ticket.number) }) },
        events,
        pending: null,
        understood: true,
      };
    };
  }
  const { understanding } = await understand(held.text.slice(0, UNDERSTAND_MAX_CHARS), {
    now: turn.now,
    tz: turn.tz,
    lang: turn.lang,
    llmAllowed: turn.llmAllowed,
  });
  const step = intentStep(understanding, { text: held.text }, { ...turn, pending: null });
  return async (ctx) => {
    const result = await step(asFirst(ctx));
    const created = result.events?.find((e) => e.type === 'ticket_created');
    if (created?.type === 'ticket_created') await attachHeldFiles(ctx, created.ticketId, held);
    return { ...result, pending: result.pending ?? null };
  };
}
