import type { types, webApi } from '@slack/bolt';
import { fromSlackError } from '../../channels/slack/web-api-errors.js';
import type { Logger } from '../../infra/logger.js';
import { errorMessage } from '../../kernel/errors.js';
import type { DeskContext } from '../context.js';

export const defaultAckBudgetMs = 2_500;

/** What the desk's Slack listeners share: the acts' context, private notices, the ack budget. */
export interface DeskListenerKit {
  ctx: DeskContext;
  log: Logger;
  /**
   * How long a request waits for the work after ack (card redraws, the message to the client).
   * Slack gives up on an answer after 3 seconds; past this budget it is answered and the work
   * goes on.
   */
  budgetMs: number;
  /** a private notice to a Slack user in the desk channel (or `where`); failures are logged */
  tell(
    user: string,
    text: string,
    where?: { channel?: string | undefined; threadTs?: string | undefined },
  ): Promise<void>;
  /** what to do when work after the ack fails: log it and tell the user something failed */
  failed(what: string, user: string, channel?: string): (err: unknown) => void;
}

export function createListenerKit(ctx: DeskContext, logger: Logger, budgetMs: number): DeskListenerKit {
  const log = logger.child({ component: 'desk' });
  const tell: DeskListenerKit['tell'] = (user, text, where = {}) =>
    ctx.cards
      .ephemeral(user, text, where)
      .catch((err: unknown) => log.warn({ err: errorMessage(err) }, 'desk notice not shown'));
  const failed = (what: string, user: string, channel?: string) => (err: unknown) => {
    log.error({ err: errorMessage(err), user }, `desk ${what} failed`);
    void tell(user, ctx.texts.somethingFailed, { channel });
  };
  return { ctx, log, budgetMs, tell, failed };
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

/** Opens a modal on the trigger of a button press. */
export async function openModal(client: webApi.WebClient, triggerId: string, view: types.ModalView): Promise<void> {
  try {
    await client.views.open({ trigger_id: triggerId, view });
  } catch (err) {
    throw fromSlackError(err, { method: 'views.open' });
  }
}
