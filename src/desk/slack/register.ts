import type { App, ViewSubmitAction, webApi } from '@slack/bolt';
import { z } from 'zod';
import { fromSlackError } from '../../channels/slack/web-api-errors.js';
import { errorMessage } from '../../kernel/errors.js';
import type { Logger } from '../../infra/logger.js';
import { deskActionPattern, deskViews, parseDeskPress, type DeskPress } from './interactions.js';
import { activeAssistant, type DeskAssistant } from '../acts/assistant.js';
import { DESK_COMMAND, parseCommand, ticketList, weekReport } from './command.js';
import type { DeskContext } from '../context.js';
import { modalErrorFor, parseAskSubmission, parseDoneSubmission } from '../modals/ticket-modals.js';
import { relayThreadMessage, type ThreadMessage } from '../acts/relay.js';
import { deskTexts } from '../texts.js';
import { registerBookingListeners } from './booking-listeners.js';
import { ask, claim, done, modalFor, release, type Outcome } from '../acts/ticket-acts.js';

export interface DeskListenerDeps {
  ctx: DeskContext;
  /** the desk's time zone, for the week of /delego stats */
  tz: string;
  logger: Logger;
  /**
   * How long a request waits for the work after ack (card redraws, the message to the client).
   * Slack gives up on an answer after 3 seconds; past this budget it is answered and the work
   * goes on.
   */
  ackBudgetMs?: number;
}

export const defaultAckBudgetMs = 2_500;

// Subtypes that are still a person writing in a thread: plain text has none.
const humanSubtypes = new Set(['thread_broadcast', 'file_share']);

const threadEventSchema = z.object({
  event: z.object({
    type: z.literal('message'),
    channel: z.string().min(1),
    channel_type: z.enum(['channel', 'group']),
    user: z.string().min(1),
    text: z.string().nullish(),
    ts: z.string().min(1),
    thread_ts: z.string().min(1),
    files: z.array(z.unknown()).optional(),
  }),
});

/** A person's reply in a channel thread, or null for anything else (bots, edits, DMs, top level). */
export function mapThreadMessage(envelope: unknown): ThreadMessage | null {
  const raw =
    typeof envelope === 'object' && envelope !== null
      ? (envelope as { event?: Record<string, unknown> }).event
      : undefined;
  if (!raw || raw.bot_id || (raw.subtype !== undefined && !humanSubtypes.has(String(raw.subtype)))) return null;
  const parsed = threadEventSchema.safeParse(envelope);
  if (!parsed.success || parsed.data.event.thread_ts === parsed.data.event.ts) return null;
  const event = parsed.data.event;
  return {
    channel: event.channel,
    threadTs: event.thread_ts,
    ts: event.ts,
    user: event.user,
    text: event.text ?? '',
    hasFiles: (event.files ?? []).length > 0,
  };
}

/** Waits for `work` up to the budget; a failure is reported through `onError`, never thrown. */
export async function withinBudget(
  work: Promise<unknown>,
  budgetMs: number,
  onError: (err: unknown) => void,
): Promise<void> {
  const settled = work.then(
    () => undefined,
    (err: unknown) => onError(err),
  );
  let timer: NodeJS.Timeout | undefined;
  const budget = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, budgetMs);
  });
  await Promise.race([settled, budget]);
  clearTimeout(timer);
}

/**
 * The desk's Slack surface on the shared Bolt app: the card buttons, the done and ask modals,
 * replies in card threads, and the /delego command. Every listener checks that the Slack user
 * is an active assistant first; anyone else gets a private refusal.
 */
export function registerDeskListeners(app: App, deps: DeskListenerDeps): void {
  const { ctx } = deps;
  const log = deps.logger.child({ component: 'desk' });
  const budgetMs = deps.ackBudgetMs ?? defaultAckBudgetMs;

  const tell = (
    user: string,
    text: string,
    where: { channel?: string | undefined; threadTs?: string | undefined } = {},
  ) =>
    ctx.cards
      .ephemeral(user, text, where)
      .catch((err: unknown) => log.warn({ err: errorMessage(err) }, 'desk notice not shown'));

  const failed = (what: string, user: string, channel?: string) => (err: unknown) => {
    log.error({ err: errorMessage(err), user }, `desk ${what} failed`);
    void tell(user, deskTexts.somethingFailed, { channel });
  };

  async function openModal(
    client: webApi.WebClient,
    press: DeskPress,
    kind: 'done' | 'ask',
    who: DeskAssistant,
  ): Promise<void> {
    const modal = await modalFor(ctx, who, press.ticketId, kind);
    if ('refused' in modal) return void (await tell(press.userId, modal.refused, { channel: press.channelId }));
    try {
      await client.views.open({ trigger_id: press.triggerId, view: modal.view });
    } catch (err) {
      throw fromSlackError(err, { method: 'views.open' });
    }
  }

  async function handlePress(client: webApi.WebClient, press: DeskPress): Promise<void> {
    const who = await activeAssistant(ctx.prisma, press.userId);
    if (!who) return void (await tell(press.userId, deskTexts.notAnAssistant, { channel: press.channelId }));
    let outcome: Outcome;
    switch (press.action) {
      case 'done':
      case 'ask':
        return openModal(client, press, press.action, who);
      case 'claim':
        outcome = await claim(ctx, who, press.ticketId);
        break;
      case 'release':
        outcome = await release(ctx, who, press.ticketId);
        break;
    }
    if (outcome.refused !== undefined)
      return void (await tell(press.userId, outcome.refused, { channel: press.channelId }));
    await outcome.followUp();
  }

  app.action(deskActionPattern, async ({ ack, body, client }) => {
    await ack();
    const press = parseDeskPress(body);
    if (!press) return void log.warn('desk button press ignored: unexpected shape');
    await withinBudget(
      handlePress(client, press),
      budgetMs,
      failed(`${press.action} press`, press.userId, press.channelId),
    );
  });

  type ViewAck = (response?: { response_action: 'errors'; errors: Record<string, string> }) => Promise<void>;

  /** A valid submission: refused acts show under the modal's input, accepted ones close it. */
  async function submit(
    ack: ViewAck,
    callbackId: string,
    userId: string,
    act: (who: DeskAssistant) => Promise<Outcome>,
  ): Promise<void> {
    const who = await activeAssistant(ctx.prisma, userId);
    if (!who) return ack({ response_action: 'errors', errors: modalErrorFor(callbackId, deskTexts.notAnAssistant) });
    const outcome = await act(who);
    if (outcome.refused !== undefined)
      return ack({ response_action: 'errors', errors: modalErrorFor(callbackId, outcome.refused) });
    await ack();
    await withinBudget(outcome.followUp(), budgetMs, failed(callbackId, userId));
  }

  app.view<ViewSubmitAction>(deskViews.done, async ({ ack, body }) => {
    const submission = parseDoneSubmission(body);
    if (!submission) return ack();
    if (!submission.ok) return ack({ response_action: 'errors', errors: submission.errors });
    await submit(ack, deskViews.done, submission.userId, (who) =>
      done(ctx, who, submission.ticketId, submission.value),
    );
  });

  app.view<ViewSubmitAction>(deskViews.ask, async ({ ack, body }) => {
    const submission = parseAskSubmission(body);
    if (!submission) return ack();
    if (!submission.ok) return ack({ response_action: 'errors', errors: submission.errors });
    await submit(ack, deskViews.ask, submission.userId, (who) =>
      ask(ctx, who, submission.ticketId, submission.value.question),
    );
  });

  app.event('message', async ({ body }) => {
    const message = mapThreadMessage(body);
    if (!message) return;
    await withinBudget(
      relayThreadMessage(ctx, message),
      budgetMs,
      failed('thread relay', message.user, message.channel),
    );
  });

  registerBookingListeners(app, { ctx, log, tell, failed, budgetMs });

  app.command(DESK_COMMAND, async ({ ack, command }) => {
    const who = await activeAssistant(ctx.prisma, command.user_id);
    if (!who) return void (await ack({ response_type: 'ephemeral', text: deskTexts.notAnAssistant }));
    const asked = parseCommand(command.text);
    const text =
      asked.kind === 'list'
        ? await ticketList(ctx.prisma, who)
        : asked.kind === 'stats'
          ? await weekReport(ctx.prisma, ctx.clock(), deps.tz)
          : deskTexts.commandUsage;
    await ack({ response_type: 'ephemeral', text });
  });
}
