import { bytesPerMb, oversizedAttachments } from '../../domain/limits/attachments.js';
import { recentOpenTicket, ticketLabel } from '../../domain/tickets/service.js';
import { t } from '../../i18n/catalog.js';
import type { InboundMessage } from '../../kernel/messaging.js';
import type { Step } from '../flow.js';
import { voiceTicketStep } from '../flows/voice.js';
import { attachFiles, openTicket } from '../flows/task.js';
import { say, type Route } from '../turn.js';

/** Files sent within this time after a request belong to it. */
const ATTACH_WINDOW_MS = 30 * 60_000;

/** Files over the size limit: the message is logged, but no file is kept and nothing is acted on; a question stays open. */
export function oversizedFilesRoute(maxBytes: number | undefined): Route {
  return (msg, turn) => {
    if (maxBytes === undefined || oversizedAttachments(msg.attachments, maxBytes).length === 0) return undefined;
    return async (ctx) => ({
      reply: { text: t(ctx.lang, 'fileTooLarge', { maxMb: Math.floor(maxBytes / bytesPerMb) }) },
      pending: turn.pending,
      understood: true,
    });
  };
}

/** A voice note nobody could transcribe goes to an assistant. */
export const unheardVoiceRoute: Route = (_msg, turn) => (turn.heard?.kind === 'unheard' ? voiceTicketStep : undefined);

/** Files with no request: they join the request just made, or become one for a human. */
export function fileStep(msg: InboundMessage): Step {
  return async (ctx) => {
    const recent = await recentOpenTicket(ctx.db, ctx.clientId, new Date(ctx.now.getTime() - ATTACH_WINDOW_MS));
    if (recent) {
      await attachFiles(ctx, recent.id);
      const added = { number: ticketLabel(recent.number), count: msg.attachments.length };
      const events = [{ type: 'ticket_files_added' as const, ticketId: recent.id, key: ctx.messageId }];
      return { reply: { text: t(ctx.lang, 'attachmentsAdded', added) }, events, understood: true };
    }
    const summary = msg.text.trim() || t(ctx.lang, 'fileReceived');
    const { ticket, events } = await openTicket(ctx, { summary, category: 'other' });
    return {
      reply: { text: t(ctx.lang, 'taskCreated', { number: ticketLabel(ticket.number) }) },
      events,
      understood: true,
    };
  };
}

/** Nothing but symbols or emoji: files are handled as files, anything else is not understood. */
export const wordlessRoute: Route = (msg) => {
  if (/[\p{L}\p{N}]/u.test(msg.text)) return undefined;
  return msg.attachments.length ? fileStep(msg) : say('notUnderstood');
};
