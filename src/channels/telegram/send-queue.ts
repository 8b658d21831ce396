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
  return new PacedSendQueue(options);
}

class PacedSendQueue implements SendQueue {
  private readonly pacer: Pacer<Job>;
  private readonly maxRetries: number;
  private readonly now: () => number;
  private timer: NodeJS.Timeout | undefined;
  private timerAtMs = Number.POSITIVE_INFINITY;
  private closing = false;
  private readonly drained = new Set<() => void>();

  constructor(private readonly options: SendQueueOptions) {
    this.pacer = new Pacer<Job>(options.pacing ?? telegramPacing);
    this.maxRetries = options.maxRetries ?? 5;
    this.now = options.now ?? Date.now;
  }

  push<R>(chatId: string, send: () => Promise<R>): Promise<R> {
    if (this.closing) return Promise.reject(new DependencyError('Telegram sender is shutting down', { chatId }));
    return new Promise<R>((resolve, reject) => {
      this.pacer.enqueue(chatId, { retries: 0, attempt: async () => resolve(await send()), fail: reject });
      this.pump();
    });
  }

  async close(timeoutMs: number): Promise<void> {
    this.closing = true;
    if (this.pacer.size > 0) await this.drainedOrTimedOut(timeoutMs);
    clearTimeout(this.timer);
    this.timer = undefined;
    const left = this.pacer.takeWaiting();
    if (left.length > 0)
      this.options.logger.warn({ messages: left.length }, 'telegram sender stopped with messages not sent');
    for (const job of left) job.fail(new DependencyError('Telegram sender stopped before this message could be sent'));
  }

  private async drainedOrTimedOut(timeoutMs: number): Promise<void> {
    let onDrained = (): void => undefined;
    let deadline: NodeJS.Timeout | undefined;
    await new Promise<void>((resolve) => {
      onDrained = resolve;
      this.drained.add(onDrained);
      deadline = setTimeout(resolve, timeoutMs);
    });
    this.drained.delete(onDrained);
    clearTimeout(deadline);
  }

  /** Sends what pacing allows now, and sets the timer for the next one. */
  private pump(): void {
    for (;;) {
      const decision = this.pacer.next(this.now());
      if (decision.kind === 'send') {
        void this.run(decision.chatId, decision.item);
        continue;
      }
      if (decision.kind === 'wait') this.schedule(decision.untilMs);
      return;
    }
  }

  private schedule(atMs: number): void {
    if (this.timer !== undefined && this.timerAtMs <= atMs) return;
    clearTimeout(this.timer);
    this.timerAtMs = atMs;
    this.timer = setTimeout(
      () => {
        this.timer = undefined;
        this.timerAtMs = Number.POSITIVE_INFINITY;
        this.pump();
      },
      Math.max(0, atMs - this.now()),
    );
  }

  /** One attempt; a rate-limit answer puts the chat back in line after the wait Telegram asked for. */
  private async run(chatId: string, job: Job): Promise<void> {
    try {
      await job.attempt();
      this.pacer.done(chatId, this.now());
    } catch (err) {
      const waitMs = this.options.retryAfterMs(err);
      if (waitMs !== undefined && job.retries < this.maxRetries && !this.closing) {
        job.retries += 1;
        this.options.logger.warn(
          { retryAfterMs: waitMs, attempt: job.retries },
          'telegram rate limit: waiting before sending again',
        );
        this.pacer.retryAt(chatId, this.now() + waitMs, this.now());
      } else {
        this.pacer.done(chatId, this.now());
        job.fail(err);
      }
    }
    if (this.pacer.size === 0) for (const resolve of this.drained) resolve();
    this.pump();
  }
}
