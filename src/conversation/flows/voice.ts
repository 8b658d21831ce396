import type { InboundAttachment } from '../../kernel/messaging.js';
import { t } from '../../i18n/catalog.js';
import type { Heard } from '../../domain/segreteria/voice.js';
import { ticketLabel } from '../../domain/tickets/service.js';
import type { FlowContext, FlowResult, Step, TicketListener } from '../deps.js';
import { openTicket } from './task.js';

/** A transcribed voice note: the answer starts with what was heard, so the client can check it. */
export function withTranscript(step: Step, heard: Heard | undefined): Step {
  if (heard?.kind !== 'transcript') return step;
  return async (ctx) => {
    const result = await step(ctx);
    return {
      ...result,
      reply: { ...result.reply, text: `${t(ctx.lang, 'voiceHeard', { text: heard.text })}\n${result.reply.text}` },
    };
  };
}

/** A voice note nobody could transcribe: a ticket for an assistant, with the audio attached. */
export async function voiceTicketFlow(
  ctx: FlowContext,
  attachments: InboundAttachment[],
  listener: TicketListener | undefined,
): Promise<FlowResult> {
  const { ticket, afterCommit } = await openTicket(
    ctx,
    { summary: t(ctx.lang, 'voiceTicket'), category: 'other', attachments },
    listener,
  );
  return {
    reply: { text: t(ctx.lang, 'voiceToHuman', { number: ticketLabel(ticket.number) }) },
    afterCommit,
    understood: true,
  };
}
