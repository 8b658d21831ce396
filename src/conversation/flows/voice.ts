import { t } from '../../i18n/catalog.js';
import type { Heard } from '../../domain/segreteria/voice.js';
import { ticketLabel } from '../../domain/tickets/service.js';
import type { Step } from '../flow.js';
import { openTicket } from './task.js';

/** A transcribed voice note: the answer starts with what was heard, so the client can check it. */
export function withTranscript(step: Step, heard: Heard | undefined): Step {
  if (heard?.kind !== 'transcript') return step;
  return async (ctx) => {
    const result = await step({ ...ctx, spoken: true });
    return {
      ...result,
      reply: { ...result.reply, text: `${t(ctx.lang, 'voiceHeard', { text: heard.text })}\n${result.reply.text}` },
    };
  };
}

/** A voice note nobody could transcribe: a ticket for an assistant, with the audio attached. */
export const voiceTicketStep: Step = async (ctx) => {
  const { ticket, events } = await openTicket(ctx, { summary: t(ctx.lang, 'voiceTicket'), category: 'other' });
  return {
    reply: { text: t(ctx.lang, 'voiceToHuman', { number: ticketLabel(ticket.number) }) },
    events,
    understood: true,
  };
};
