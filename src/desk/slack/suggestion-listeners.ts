import type { App, Middleware, AnyMiddlewareArgs, ViewSubmitAction, webApi } from '@slack/bolt';
import type { DeskAssistant } from '../acts/assistant.js';
import { replyFromDesk, suggestionActionPattern, suggestionInHand } from '../acts/suggestion.js';
import { parseReplySubmission, replyModal, replyModalError, replyView } from '../modals/reply-modal.js';
import { assistantOf } from './guard.js';
import { parsePress, type DeskPress } from './interactions.js';
import { openModal, withinBudget, type DeskListenerKit } from './listener-kit.js';

type SuggestionPress = Omit<DeskPress, 'action' | 'ticketId'> & { action: 'send' | 'edit'; mailMessageId: string };

/**
 * The buttons under a suggested reply in a ticket's thread: "Send this reply" sends it by e-mail
 * as it is (once, however many taps), "Edit" opens the reply modal with it, and the modal's text
 * goes by e-mail the same way.
 */
export function registerSuggestionListeners(
  app: App,
  kit: DeskListenerKit,
  guard: Middleware<AnyMiddlewareArgs>,
): void {
  const { ctx } = kit;

  async function handle(client: webApi.WebClient, press: SuggestionPress, who: DeskAssistant): Promise<void> {
    const where = { channel: press.channelId };
    const inHand = await suggestionInHand(ctx, press.mailMessageId);
    if ('refused' in inHand) return kit.tell(press.userId, inHand.refused, where);
    if (press.action === 'edit')
      return openModal(client, press.triggerId, replyModal(inHand.ticket.id, inHand.text, ctx.texts));
    const outcome = await replyFromDesk(ctx, who, {
      ticketId: inHand.ticket.id,
      text: inHand.text,
      idempotencyKey: `suggestion:${press.mailMessageId}`,
      edited: false,
    });
    if (outcome.refused !== undefined) return kit.tell(press.userId, outcome.refused, where);
    await outcome.followUp();
  }

  app.action(suggestionActionPattern, guard, async ({ ack, body, client, context }) => {
    await ack();
    const parsed = parsePress<'send' | 'edit'>(body, suggestionActionPattern);
    if (!parsed) return void kit.log.warn('suggested reply press ignored: unexpected shape');
    const { ticketId: mailMessageId, ...press } = parsed;
    await withinBudget(
      handle(client, { ...press, mailMessageId }, assistantOf(context)),
      kit.budgetMs,
      kit.failed(`suggestion ${press.action} press`, press.userId, press.channelId),
    );
  });

  app.view<ViewSubmitAction>(replyView, guard, async ({ ack, body, context }) => {
    const submission = parseReplySubmission(body, ctx.texts);
    if (!submission) return ack();
    if (!submission.ok) return ack({ response_action: 'errors', errors: submission.errors });
    const outcome = await replyFromDesk(ctx, assistantOf(context), {
      ticketId: submission.ticketId,
      text: submission.text,
      idempotencyKey: `reply-modal:${submission.viewId}`,
      edited: true,
    });
    if (outcome.refused !== undefined)
      return ack({ response_action: 'errors', errors: replyModalError(outcome.refused) });
    await ack();
    await withinBudget(outcome.followUp(), kit.budgetMs, kit.failed(replyView, submission.userId));
  });
}
