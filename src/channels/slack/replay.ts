import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import type { RequestHandler } from 'express';
import type { Redis } from 'ioredis';
import { z } from 'zod';
import { DependencyError, errorMessage } from '../../kernel/errors.js';
import type { Logger } from '../../infra/logger.js';

/**
 * A signed request is accepted while its timestamp is within this much of the server's time:
 * Bolt refuses older ones, `refuseFutureTimestamps` newer ones.
 */
export const SIGNATURE_WINDOW_S = 5 * 60;

/**
 * How long an interaction is remembered: a request is accepted from 5 minutes before its
 * timestamp to 5 minutes after, so its copies all arrive within twice the window.
 */
export const REPLAY_MEMORY_S = 2 * SIGNATURE_WINDOW_S;

/** Records an interaction; true the first time its key is seen within REPLAY_MEMORY_S. */
export type FirstSeen = (key: string) => Promise<boolean>;

/** How long the record may take before the request is answered 503 (Redis unreachable). */
const RECORD_TIMEOUT_MS = 2_000;

/** First-seen records in Redis: one SET NX with the memory as TTL, shared by every process. */
export function redisFirstSeen(redis: Redis, keyPrefix: string): FirstSeen {
  return async (key) => {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('no answer')), RECORD_TIMEOUT_MS);
    });
    try {
      const set = redis.set(`${keyPrefix}${key}`, '1', 'EX', REPLAY_MEMORY_S, 'NX');
      return (await Promise.race([set, timeout])) === 'OK';
    } catch (err) {
      throw new DependencyError('Redis unavailable: Slack interaction not recorded', { err: errorMessage(err) });
    } finally {
      clearTimeout(timer);
    }
  };
}

const viewSubmission = z.object({
  type: z.literal('view_submission'),
  trigger_id: z.string().min(1),
  view: z.object({ id: z.string().min(1), hash: z.string().min(1) }),
});
const blockActions = z.object({
  type: z.literal('block_actions'),
  user: z.object({ id: z.string().min(1) }),
  actions: z.array(z.object({ action_id: z.string().min(1), action_ts: z.string().min(1) })).min(1),
});
const shortcut = z.object({ type: z.enum(['shortcut', 'message_action']), trigger_id: z.string().min(1) });
const slashCommand = z.object({ command: z.string().min(1), trigger_id: z.string().min(1) });

/**
 * What makes an interaction itself, so a resent copy has the same key and a new interaction
 * another: a modal's view id and hash with the submission's trigger id (a submission corrected
 * after an error under an input keeps the view and its hash, not the trigger), a button's user,
 * action id and action ts, a shortcut's or slash command's trigger id. Null for what is not an
 * interaction: events carry their own idempotency keys and Slack redelivers them on purpose.
 */
export function interactionKey(body: unknown): string | null {
  const view = viewSubmission.safeParse(body);
  if (view.success) return `view:${view.data.view.id}:${view.data.view.hash}:${view.data.trigger_id}`;
  const press = blockActions.safeParse(body);
  if (press.success) {
    const [action] = press.data.actions;
    return `action:${press.data.user.id}:${action!.action_id}:${action!.action_ts}`;
  }
  const cut = shortcut.safeParse(body);
  if (cut.success) return `shortcut:${cut.data.trigger_id}`;
  const command = slashCommand.safeParse(body);
  return command.success ? `command:${command.data.trigger_id}` : null;
}

/**
 * Bolt global middleware: each interaction acts once. A copy of one already seen (a signed
 * request resent within its window, a Socket Mode redelivery) is acknowledged and does nothing.
 */
export function actOnce(firstSeen: FirstSeen, logger: Logger): Middleware<AnyMiddlewareArgs> {
  const log = logger.child({ component: 'slack-replay' });
  return async (args) => {
    const key = interactionKey(args.body);
    if (key === null || (await firstSeen(key))) return args.next();
    log.warn({ key }, 'slack interaction seen before: acknowledged, not acted on');
    if ('ack' in args && args.ack) await args.ack();
  };
}

/** Refuses (401) a signed request whose timestamp is more than the window ahead of the server's clock. */
export function refuseFutureTimestamps(logger: Logger, nowMs: () => number = Date.now): RequestHandler {
  const log = logger.child({ component: 'slack' });
  return (req, res, next) => {
    const timestamp = Number(req.headers['x-slack-request-timestamp']);
    if (!(timestamp * 1000 > nowMs() + SIGNATURE_WINDOW_S * 1000)) return next();
    log.warn({ timestamp }, 'slack request refused: its timestamp is in the future');
    res.status(401).end();
  };
}
