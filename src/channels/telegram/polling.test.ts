import { describe, expect, it } from 'vitest';
import { DependencyError } from '../../kernel/errors.js';
import { createLogger } from '../../infra/logger.js';
import type { InboundMessage } from '../../kernel/messaging.js';
import { mapUpdate } from './map-update.js';
import { retryDelayMs, startPolling, type RetryPolicy } from './polling.js';

const logger = createLogger({ level: 'silent', pretty: false });
const fast: RetryPolicy = { firstDelayMs: 5, maxDelayMs: 20, giveUpAfterMs: 200 };

function textUpdate(updateId: number, chatId: number, text: string): unknown {
  return {
    update_id: updateId,
    message: {
      message_id: updateId,
      date: 0,
      chat: { id: chatId, type: 'private' },
      from: { id: chatId, is_bot: false, first_name: 'U' },
      text,
    },
  };
}

const accept = async (update: unknown): Promise<InboundMessage | undefined> => {
  const mapped = mapUpdate(update, { receivedAt: new Date() });
  return mapped.kind === 'inbound' ? mapped.message : undefined;
};

/** A getUpdates stand-in: hands out the given batches, then holds like an idle long poll. */
function batches(...list: unknown[][]) {
  const offsets: number[] = [];
  return {
    offsets,
    fetchUpdates: (offset: number, signal: AbortSignal) => {
      offsets.push(offset);
      const next = list.shift();
      if (next) return Promise.resolve(next);
      return new Promise<unknown[]>((_, reject) =>
        signal.addEventListener('abort', () => reject(Object.assign(new Error('aborted'), { name: 'AbortError' }))),
      );
    },
  };
}

async function until(check: () => boolean, timeoutMs = 2000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

describe('retryDelayMs', () => {
  it('doubles from the first delay up to the cap', () => {
    const policy = { firstDelayMs: 1000, maxDelayMs: 30_000, giveUpAfterMs: 180_000 };
    expect([0, 1, 2, 3, 4, 5, 6].map((attempt) => retryDelayMs(attempt, policy))).toEqual([
      1000, 2000, 4000, 8000, 16_000, 30_000, 30_000,
    ]);
  });
});

describe('startPolling', () => {
  it('retries an update while the pipeline reports a dependency down, then moves on in order', async () => {
    const handled: string[] = [];
    let failures = 2;
    const source = batches([textUpdate(1, 10, 'first'), textUpdate(2, 10, 'second')]);
    const polling = startPolling({
      logger,
      retry: fast,
      accept,
      fetchUpdates: source.fetchUpdates,
      handle: async (message) => {
        if (message.text === 'first' && failures-- > 0) throw new DependencyError('database down');
        handled.push(message.text);
      },
    });
    await until(() => handled.length === 2);
    expect(handled).toEqual(['first', 'second']);
    await until(() => source.offsets.length === 2);
    expect(source.offsets).toEqual([0, 3]);
    expect(await polling.stop()).toBe(3);
  });

  it('lets other chats through while one chat waits for a dependency', async () => {
    const handled: string[] = [];
    const source = batches([textUpdate(1, 10, 'stuck'), textUpdate(2, 11, 'free')]);
    const polling = startPolling({
      logger,
      retry: { firstDelayMs: 60_000, maxDelayMs: 60_000, giveUpAfterMs: 600_000 },
      accept,
      fetchUpdates: source.fetchUpdates,
      handle: async (message) => {
        if (message.text === 'stuck') throw new DependencyError('database down');
        handled.push(message.text);
      },
    });
    await until(() => handled.includes('free'));
    // Stopping during the backoff must not confirm the stuck update to Telegram.
    expect(await polling.stop()).toBe(1);
  });

  it('gives up on an update after the retry budget and on other errors at once', async () => {
    const attempts: Record<string, number> = {};
    const source = batches([textUpdate(5, 10, 'always down'), textUpdate(6, 11, 'bug'), textUpdate(7, 10, 'after')]);
    const polling = startPolling({
      logger,
      retry: fast,
      accept,
      fetchUpdates: source.fetchUpdates,
      handle: async (message) => {
        attempts[message.text] = (attempts[message.text] ?? 0) + 1;
        if (message.text === 'always down') throw new DependencyError('database down');
        if (message.text === 'bug') throw new Error('unexpected');
      },
    });
    await until(() => attempts.after === 1);
    expect(attempts.bug).toBe(1);
    expect(attempts['always down']).toBeGreaterThan(2);
    expect(await polling.stop()).toBe(8);
  });

  it('keeps polling after getUpdates fails', async () => {
    const handled: string[] = [];
    let calls = 0;
    const polling = startPolling({
      logger,
      retry: fast,
      accept,
      handle: async (message) => {
        handled.push(message.text);
      },
      fetchUpdates: (_offset, signal) => {
        calls += 1;
        if (calls === 1) return Promise.reject(new Error('ECONNRESET'));
        if (calls === 2) return Promise.resolve([textUpdate(1, 10, 'after the failure')]);
        return new Promise<unknown[]>((_, reject) =>
          signal.addEventListener('abort', () => reject(Object.assign(new Error('aborted'), { name: 'AbortError' }))),
        );
      },
    });
    await until(() => handled.length === 1);
    await polling.stop();
    expect(handled).toEqual(['after the failure']);
  });
});
