import type { AnyMiddlewareArgs, App, Middleware, ViewSubmitAction, webApi } from '@slack/bolt';
import type { DeskAssistant } from '../acts/assistant.js';
import { bookingFormFor } from '../acts/booking-access.js';
import { cancelBooking } from '../acts/booking-cancel.js';
import { submitBookingForm } from '../acts/booking-form.js';
import { deskBookingActionPattern, type DeskBookingAction } from '../cards/booking-section.js';
import { bookingModal, deskBookingViewPattern, readBookingSubmission } from '../modals/booking-modal.js';
import { assistantOf } from './guard.js';
import { parsePress, type DeskPress } from './interactions.js';
import { openModal, withinBudget, type DeskListenerKit } from './listener-kit.js';

type BookingPress = Omit<DeskPress, 'action'> & { action: DeskBookingAction };

/**
 * The booking buttons of a booking ticket's card and their modals, behind the guard: only
 * active assistants act, and nothing changes for anyone else.
 */
export function registerBookingListeners(app: App, kit: DeskListenerKit, guard: Middleware<AnyMiddlewareArgs>): void {
  const { ctx } = kit;

  async function handlePress(client: webApi.WebClient, press: BookingPress, who: DeskAssistant): Promise<void> {
    const where = { channel: press.channelId };
    if (press.action === 'cancel') {
      const outcome = await cancelBooking(ctx, who, press.ticketId);
      if (outcome.refused !== undefined) return kit.tell(press.userId, outcome.refused, where);
      return outcome.followUp();
    }
    const form = await bookingFormFor(ctx, who, press.ticketId, press.action);
    if ('refused' in form) return kit.tell(press.userId, form.refused, where);
    await openModal(client, press.triggerId, bookingModal(form.prefill, ctx.texts));
  }

  app.action(deskBookingActionPattern, guard, async ({ ack, body, client, context }) => {
    await ack();
    const press = parsePress<DeskBookingAction>(body, deskBookingActionPattern);
    if (!press) return void kit.log.warn('desk booking press ignored: unexpected shape');
    await withinBudget(
      handlePress(client, press, assistantOf(context)),
      kit.budgetMs,
      kit.failed(`booking ${press.action} press`, press.userId, press.channelId),
    );
  });

  app.view<ViewSubmitAction>(deskBookingViewPattern, guard, async ({ ack, body, context }) => {
    const form = readBookingSubmission(body);
    if (!form) return ack();
    const outcome = await submitBookingForm(ctx, assistantOf(context), form);
    if (outcome.errors !== undefined) return ack({ response_action: 'errors', errors: outcome.errors });
    await ack();
    await withinBudget(outcome.followUp(), kit.budgetMs, kit.failed(`booking ${form.kind}`, form.userId));
  });
}
