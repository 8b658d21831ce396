import type { App, ViewSubmitAction } from '@slack/bolt';
import { fromSlackError } from '../../channels/slack/web-api-errors.js';
import type { Logger } from '../../infra/logger.js';
import { parsePress } from './interactions.js';
import { activeAssistant } from '../acts/assistant.js';
import { deskBookingActionPattern, type DeskBookingAction } from '../cards/booking-section.js';
import { bookingInputs, deskBookingViewPattern, readBookingSubmission } from '../modals/booking-modal.js';
import { bookingModalFor, cancelFromDesk, submitBookingForm } from '../acts/booking-acts.js';
import type { DeskContext } from '../context.js';
import { withinBudget } from './register.js';
import { deskTexts } from '../texts.js';

export interface BookingListenerDeps {
  ctx: DeskContext;
  log: Logger;
  /** a private notice to a Slack user in the desk channel */
  tell(user: string, text: string, where?: { channel?: string | undefined }): Promise<void>;
  /** what to do when work after the ack fails */
  failed(what: string, user: string, channel?: string): (err: unknown) => void;
  budgetMs: number;
}

/**
 * The booking buttons of a booking ticket's card and their modals, on the desk's Bolt app.
 * Only active assistants act; anyone else gets a private refusal (or the refusal under the
 * modal's first input), and nothing changes.
 */
export function registerBookingListeners(app: App, deps: BookingListenerDeps): void {
  const { ctx } = deps;

  app.action(deskBookingActionPattern, async ({ ack, body, client }) => {
    await ack();
    const press = parsePress<DeskBookingAction>(body, deskBookingActionPattern);
    if (!press) return void deps.log.warn('desk booking press ignored: unexpected shape');
    const work = async (): Promise<void> => {
      const who = await activeAssistant(ctx.prisma, press.userId);
      if (!who) return deps.tell(press.userId, deskTexts.notAnAssistant, { channel: press.channelId });
      if (press.action === 'cancel') {
        const outcome = await cancelFromDesk(ctx, who, press.ticketId);
        if (outcome.refused !== undefined)
          return deps.tell(press.userId, outcome.refused, { channel: press.channelId });
        return outcome.followUp();
      }
      const modal = await bookingModalFor(ctx, who, press.ticketId, press.action);
      if ('refused' in modal) return deps.tell(press.userId, modal.refused, { channel: press.channelId });
      try {
        await client.views.open({ trigger_id: press.triggerId, view: modal.view });
      } catch (err) {
        throw fromSlackError(err, { method: 'views.open' });
      }
    };
    await withinBudget(
      work(),
      deps.budgetMs,
      deps.failed(`booking ${press.action} press`, press.userId, press.channelId),
    );
  });

  app.view<ViewSubmitAction>(deskBookingViewPattern, async ({ ack, body }) => {
    const form = readBookingSubmission(body);
    if (!form) return ack();
    const who = await activeAssistant(ctx.prisma, form.userId);
    if (!who) return ack({ response_action: 'errors', errors: { [bookingInputs.date]: deskTexts.notAnAssistant } });
    const outcome = await submitBookingForm(ctx, who, form);
    if (outcome.errors !== undefined) return ack({ response_action: 'errors', errors: outcome.errors });
    await ack();
    await withinBudget(outcome.followUp(), deps.budgetMs, deps.failed(`booking ${form.kind}`, form.userId));
  });
}
