import type { App } from '@slack/bolt';
import type { Logger } from '../../infra/logger.js';
import type { DeskContext } from '../context.js';
import { registerBookingListeners } from './booking-listeners.js';
import { registerDeskCommand } from './command.js';
import { activeAssistantGuard } from './guard.js';
import { createListenerKit, defaultAckBudgetMs } from './listener-kit.js';
import { registerSuggestionListeners } from './suggestion-listeners.js';
import { registerThreadRelay } from './thread-relay.js';
import { registerTicketListeners } from './ticket-listeners.js';

export interface DeskListenerDeps {
  ctx: DeskContext;
  /** the desk's time zone, for the week of /delego stats */
  tz: string;
  logger: Logger;
  /** how long a request waits for the work after ack (see DeskListenerKit.budgetMs) */
  ackBudgetMs?: number;
}

/**
 * The desk's Slack surface on the shared Bolt app: the card buttons, the ticket and booking
 * modals, replies in card threads, and the /delego command. One guard stands before every
 * listener: only active assistants act, anyone else gets a refusal fit for the surface.
 */
export function registerDeskListeners(app: App, deps: DeskListenerDeps): void {
  const kit = createListenerKit(deps.ctx, deps.logger, deps.ackBudgetMs ?? defaultAckBudgetMs);
  const guard = activeAssistantGuard({ prisma: deps.ctx.prisma, logger: deps.logger, texts: deps.ctx.texts });
  registerTicketListeners(app, kit, guard);
  registerThreadRelay(app, kit, guard);
  registerBookingListeners(app, kit, guard);
  registerSuggestionListeners(app, kit, guard);
  registerDeskCommand(app, deps.ctx, deps.tz, guard);
}
