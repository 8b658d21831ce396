import type { App, Middleware, AnyMiddlewareArgs, ViewSubmitAction, webApi } from '@slack/bolt';
import type { DeskAssistant } from '../acts/assistant.js';
import type { Outcome } from '../acts/outcome.js';
import { ask, claim, closeCancelled, done, release, ticketInHand } from '../acts/ticket-acts.js';
import {
  askModal,
  doneModal,
  modalErrorFor,
  parseAskSubmission,
  parseDoneSubmission,
} from '../modals/ticket-modals.js';
import { assistantOf } from './guard.js';
import { deskActionPattern, deskViews, parseDeskPress, type DeskPress } from './interactions.js';
import { openModal, withinBudget, type DeskListenerKit } from './listener-kit.js';

type ViewAck = (response?: { response_action: 'errors'; errors: Record<string, string> }) => Promise<void>;

/** The card buttons (claim, release, done, ask, close) and the done and ask modals, behind the guard. */
export function registerTicketListeners(app: App, kit: DeskListenerKit, guard: Middleware<AnyMiddlewareArgs>): void {
  const { ctx } = kit;

  async function openForm(client: webApi.WebClient, press: DeskPress, who: DeskAssistant): Promise<void> {
    const inHand = await ticketInHand(ctx, who, press.ticketId);
    if ('refused' in inHand) return kit.tell(press.userId, inHand.refused, { channel: press.channelId });
    await openModal(
      client,
      press.triggerId,
      press.action === 'done' ? doneModal(inHand.ticket, ctx.texts) : askModal(inHand.ticket, ctx.texts),
    );
  }

  async function handlePress(client: webApi.WebClient, press: DeskPress, who: DeskAssistant): Promise<void> {
    if (press.action === 'done' || press.action === 'ask') return openForm(client, press, who);
    const act = { claim, release, close: closeCancelled }[press.action];
    const outcome = await act(ctx, who, press.ticketId);
    if (outcome.refused !== undefined) return kit.tell(press.userId, outcome.refused, { channel: press.channelId });
    await outcome.followUp();
  }

  app.action(deskActionPattern, guard, async ({ ack, body, client, context }) => {
    await ack();
    const press = parseDeskPress(body);
    if (!press) return void kit.log.warn('desk button press ignored: unexpected shape');
    await withinBudget(
      handlePress(client, press, assistantOf(context)),
      kit.budgetMs,
      kit.failed(`${press.action} press`, press.userId, press.channelId),
    );
  });

  /** A valid submission: refused acts show under the modal's input, accepted ones close it. */
  async function settle(ack: ViewAck, callbackId: string, userId: string, outcome: Outcome): Promise<void> {
    if (outcome.refused !== undefined)
      return ack({ response_action: 'errors', errors: modalErrorFor(callbackId, outcome.refused) });
    await ack();
    await withinBudget(outcome.followUp(), kit.budgetMs, kit.failed(callbackId, userId));
  }

  app.view<ViewSubmitAction>(deskViews.done, guard, async ({ ack, body, context }) => {
    const submission = parseDoneSubmission(body, ctx.texts);
    if (!submission) return ack();
    if (!submission.ok) return ack({ response_action: 'errors', errors: submission.errors });
    const outcome = await done(ctx, assistantOf(context), submission.ticketId, submission.value);
    await settle(ack, deskViews.done, submission.userId, outcome);
  });

  app.view<ViewSubmitAction>(deskViews.ask, guard, async ({ ack, body, context }) => {
    const submission = parseAskSubmission(body, ctx.texts);
    if (!submission) return ack();
    if (!submission.ok) return ack({ response_action: 'errors', errors: submission.errors });
    const outcome = await ask(ctx, assistantOf(context), submission.ticketId, submission.value.question);
    await settle(ack, deskViews.ask, submission.userId, outcome);
  });
}
