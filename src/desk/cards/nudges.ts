import { DependencyError } from '../../kernel/errors.js';
import type { DeskNotifier } from '../../domain/delivery/desk.js';
import { ticketDeadline } from '../../domain/delivery/ticket-rules.js';
import { ticketLabel } from '../../domain/tickets/service.js';
import type { DeskContext } from '../context.js';
import { mention, slackDate } from './ticket-card.js';

/**
 * The follow-ups' voice in the desk: nudges go to the card's thread, shown in the channel too
 * (reply_broadcast) when the whole desk should see them, and the card is redrawn so its SLA line
 * is current. A ticket whose card is not posted yet throws, so the follow-up is retried.
 */
export function createDeskNotifier(ctx: DeskContext): DeskNotifier {
  async function ticketFor(ticketId: string) {
    return ctx.prisma.ticket.findUnique({
      where: { id: ticketId },
      select: {
        number: true,
        due: true,
        dueAt: true,
        client: { select: { tz: true } },
        assignee: { select: { name: true, slackUserId: true } },
      },
    });
  }

  async function post(ticketId: string, text: string, broadcast: boolean): Promise<void> {
    if (!(await ctx.cards.thread(ticketId, text, { broadcast })))
      throw new DependencyError('the ticket has no desk card yet', { ticketId });
    // Not awaited: a follow-up tells the desk while its transaction holds the ticket's row, and the
    // redraw writes that row (how the card was drawn), so it must wait for the commit, not before it.
    void ctx.cards.refresh(ticketId);
  }

  return {
    async nudgeUnclaimed(ticketId, fittingAssistantIds) {
      const ticket = await ticketFor(ticketId);
      if (!ticket) return;
      const fitting = await ctx.prisma.assistant.findMany({
        where: { id: { in: fittingAssistantIds }, active: true, slackUserId: { not: null } },
        select: { name: true, slackUserId: true },
        orderBy: { name: 'asc' },
      });
      await post(ticketId, ctx.texts.stillUnclaimed(ticketLabel(ticket.number), fitting.map(mention).join(' ')), true);
    },
    async nudgeAssignee(ticketId) {
      const ticket = await ticketFor(ticketId);
      const deadline = ticket && ticketDeadline(ticket, ticket.client.tz);
      if (!ticket?.assignee || !deadline) return;
      await post(
        ticketId,
        ctx.texts.dueSoon(
          mention(ticket.assignee),
          ticketLabel(ticket.number),
          slackDate(deadline, ticket.client.tz, ctx.texts),
        ),
        false,
      );
    },
    async escalateOverdue(ticketId) {
      const ticket = await ticketFor(ticketId);
      if (!ticket) return;
      await post(
        ticketId,
        ctx.texts.overdue(ticketLabel(ticket.number), ticket.assignee ? mention(ticket.assignee) : null),
        true,
      );
    },
  };
}
