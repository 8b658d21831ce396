import { DependencyError } from '../../kernel/errors.js';
import type { Logger } from '../../infra/logger.js';
import { Pacer, telegramPacing, type PacingOptions } from './pacer.js';

export interface SendQueueOptions {
  logger: Logger;
  /** how long to wait before sending the same request again, when its failure says so (a 429) */
  retryAfterMs: (err: unknown) => number | undefined;
  pacing?: PacingOptions;
  /** rate-limit answers tolerated for one request before it fails */
  maxRetries?: number;
  now?: () => number;
}

export interface SendQueue {
  /** Runs `send` when pacing allows, after everything queued before it for the same chat. */
  push<R>(chatId: string, send: () => Promise<R>): Promise<R>;
  /** Refuses new work, waits up to `timeoutMs` for queued requests, then fails what is left. */
  close(timeoutMs: number): Promise<void>;
}

interface Job {
  retries: number;
  attempt(): Promise<void>;
  fail(err: unknown): void;
}

/** The timers and I/O around the pure Pacer: one instance per process and bot token. */
export function createSendQueue(options: SendQueueOptions): SendQueue {
  const { logger, retryAfterMs, maxRetries = 5, now = Date.now } = options;
  const pacer = new Pacer<Job>(options.pacing ?? telegramPacing);
  let timer: NodeJS.Timeout | undefined;
  let timerAtMs = Number.POSITIVE_INFINITY;
  let closing = false;
  const drained = new Set<() => void>();

  const schedule = (atMs: number): void => {
    if (timer !== undefined && timerAtMs <= atMs) return;
    clearTimeout(timer);
    timerAtMs = atMs;
    timer = setTimeout(
      () => {
        timer = undefined;
        timerAtMs = Number.POSITIVE_INFINITY;
        pump();
      },
      Math.max(0, atMs - now()),
    );
  };

  const run = async (chatId: string, job: Job): Promise<void> => {
    try {
      await job.attempt();
      pacer.done(chatId);
    } catch (err) {
      const waitMs = retryAfterMs(err);
      if (waitMs !== undefined && job.retries < maxRetries && !closing) {
        job.retries += 1;
        logger.warn(
          { retryAfterMs: waitMs, attempt: job.retries },
          'telegram rate limit: waiting before sending again',
        );
        pacer.retryAt(chatId, now() + waitMs);
      } else {
        pacer.done(chatId);
        job.fail(err);
      }
    }
    if (pacer.size === 0) for (const resolve of drained) resolve();
    pump();
  };

  function pump(): void {
    for (;;) {
      const decision = pacer.next(now());
      if (decision.kind === 'send') {
        void run(decision.chatId, decision.item);
        continue;
      }
      if (decision.kind === 'wait') schedule(decision.untilMs);
      return;
    }
  }

  return {
    push<R>(chatId: string, send: () => Promise<R>): Promise<R> {
      if (closing) return Promise.reject(new DependencyError('Telegram sender is shutting down', { chatId }));
      return new Promise<R>((resolve, reject) => {
        pacer.enqueue(chatId, { retries: 0, attempt: async () => resolve(await send()), fail: reject });
        pump();
      });
    },

    async close(timeoutMs) {
      closing = true;
      if (pacer.size > 0) {
        let onDrained = (): void => undefined;
        let deadline: NodeJS.Timeout | undefined;
        await new Promise<void>((resolve) => {
          onDrained = resolve;
          drained.add(onDrained);
          deadline = setTimeout(resolve, timeoutMs);
        });
        drained.delete(onDrained);
        clearTimeout(deadline);
      }
      clearTimeout(timer);
      timer = undefined;
      const left = pacer.takeWaiting();
      if (left.length > 0) logger.warn({ messages: left.length }, 'telegram sender stopped with messages not sent');
      for (const job of left)
        job.fail(new DependencyError('Telegram sender stopped before this message could be sent'));
    },
  };
}
