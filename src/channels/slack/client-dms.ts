import type { App } from '@slack/bolt';
import { DependencyError, errorMessage } from '../../kernel/errors.js';
import type { Logger } from '../../infra/logger.js';
import type { InboundMessage } from '../../kernel/messaging.js';
import { dmActionPrefix } from './blocks.js';
import { mapDmAction, mapDmMessage } from './map-event.js';

export interface ClientDmDeps {
  handle: (message: InboundMessage) => Promise<void>;
  logger: Logger;
  /**
   * How long Slack's HTTP request waits for `handle`. Slack redelivers anything not answered
   * within 3 seconds, so past this budget the request is answered 200 and `handle` goes on.
   */
  ackBudgetMs?: number;
}

const defaultAckBudgetMs = 2_500;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Clients writing to the bot in a DM, and pressing the buttons of its DM messages, become
 * InboundMessages for the conversation pipeline. A DependencyError from `handle` within the
 * budget fails the request (HTTP 503 from createSlackApp's receiver), so Slack redelivers the
 * event later with the same event_id; any other failure is logged and answered 200.
 */
export function registerClientDms(slack: { app: App }, deps: ClientDmDeps): void {
  const log = deps.logger.child({ component: 'slack-dm' });
  const budgetMs = deps.ackBudgetMs ?? defaultAckBudgetMs;

  const report = (err: unknown, message: InboundMessage, answered: boolean): void => {
    const fields = { err: errorMessage(err), idempotencyKey: message.idempotencyKey, chatId: message.chatId };
    if (err instanceof DependencyError && !answered) throw err;
    if (err instanceof DependencyError)
      log.error(fields, 'slack message dropped: a dependency failed after Slack had its answer');
    else log.error(fields, 'slack message handling failed');
  };

  const deliver = async (message: InboundMessage): Promise<void> => {
    const outcome = deps.handle(message).then(
      () => ({ failed: false as const }),
      (err: unknown) => ({ failed: true as const, err }),
    );
    let timer: NodeJS.Timeout | undefined;
    const overBudget = new Promise<'over budget'>((resolve) => {
      timer = setTimeout(() => resolve('over budget'), budgetMs);
    });
    const first = await Promise.race([outcome, overBudget]);
    clearTimeout(timer);
    if (first === 'over budget') {
      log.debug({ idempotencyKey: message.idempotencyKey }, 'slack message still in hand; answering Slack now');
      void outcome.then((late) => {
        if (late.failed) report(late.err, message, true);
      });
      return;
    }
    if (first.failed) report(first.err, message, false);
  };

  const ignoreMalformed = (err: unknown, what: string): void => {
    log.warn({ err: errorMessage(err) }, `slack ${what} ignored: unexpected shape`);
  };

  slack.app.event('message', async ({ body }) => {
    let message: InboundMessage | null;
    try {
      message = mapDmMessage(body);
    } catch (err) {
      return ignoreMalformed(err, 'message event');
    }
    if (message) await deliver(message);
  });

  slack.app.action(
    { type: 'block_actions', action_id: new RegExp(`^${escapeRegExp(dmActionPrefix)}`) },
    async ({ ack, body }) => {
      await ack();
      let message: InboundMessage | null;
      try {
        message = mapDmAction(body);
      } catch (err) {
        return ignoreMalformed(err, 'button press');
      }
      if (message) await deliver(message);
    },
  );
}
