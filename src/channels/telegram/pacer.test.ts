import { describe, expect, it } from 'vitest';
import { Pacer } from './pacer.js';

interface Sent {
  chatId: string;
  item: string;
  atMs: number;
  /** when it was answered, which is also the latest it can have reached Telegram */
  answeredAtMs: number;
}

/**
 * Drives a pacer on a simulated clock: each send takes `latencyMs` (a number, or one per send),
 * then succeeds unless `rateLimited` returns a retry_after (ms) for that attempt.
 */
function simulate(
  pacer: Pacer<string>,
  options: {
    latencyMs?: number | ((sendIndex: number) => number);
    rateLimited?: (sent: Sent, attempt: number) => number | undefined;
    until?: number;
  } = {},
): Sent[] {
  const latency = options.latencyMs ?? 0;
  const latencyMs = (i: number) => (typeof latency === 'number' ? latency : latency(i));
  const sent: Sent[] = [];
  const inFlight: { doneAtMs: number; sent: Sent; attempt: number }[] = [];
  const attempts = new Map<string, number>();
  let nowMs = 0;
  const finish = (flight: { sent: Sent; attempt: number }) => {
    const retryMs = options.rateLimited?.(flight.sent, flight.attempt);
    if (retryMs === undefined) pacer.done(flight.sent.chatId, nowMs);
    else pacer.retryAt(flight.sent.chatId, nowMs + retryMs, nowMs);
  };
  for (let steps = 0; steps < 100_000; steps += 1) {
    inFlight.sort((a, b) => a.doneAtMs - b.doneAtMs);
    while (inFlight[0] && inFlight[0].doneAtMs <= nowMs) finish(inFlight.shift() as (typeof inFlight)[number]);
    const decision = pacer.next(nowMs);
    if (decision.kind === 'send') {
      const doneAtMs = nowMs + latencyMs(sent.length);
      const entry = { chatId: decision.chatId, item: decision.item, atMs: nowMs, answeredAtMs: doneAtMs };
      sent.push(entry);
      const attempt = (attempts.get(decision.item) ?? 0) + 1;
      attempts.set(decision.item, attempt);
      inFlight.push({ doneAtMs, sent: entry, attempt });
      continue;
    }
    const nextDone = inFlight[0]?.doneAtMs ?? Number.POSITIVE_INFINITY;
    const wakeMs = decision.kind === 'wait' ? Math.min(decision.untilMs, nextDone) : nextDone;
    if (wakeMs === Number.POSITIVE_INFINITY) return sent;
    nowMs = Math.max(nowMs, wakeMs);
  }
  throw new Error('simulation did not settle');
}

function maxInAnyWindow(times: number[], windowMs: number): number {
  let best = 0;
  for (let i = 0, j = 0; i < times.length; i += 1) {
    while ((times[i] ?? 0) - (times[j] ?? 0) >= windowMs) j += 1;
    best = Math.max(best, i - j + 1);
  }
  return best;
}

describe('Pacer', () => {
  it('sends a burst of 100 messages to one chat in order, each a second after the previous one was answered', () => {
    const pacer = new Pacer<string>();
    for (let i = 0; i < 100; i += 1) pacer.enqueue('chat-1', `m${i}`);
    const sent = simulate(pacer, { latencyMs: 80 });
    expect(sent.map((s) => s.item)).toEqual(Array.from({ length: 100 }, (_, i) => `m${i}`));
    const gaps = sent.slice(1).map((s, i) => s.atMs - (sent[i]?.answeredAtMs ?? 0));
    expect(Math.min(...gaps)).toBe(1000);
    expect(sent.at(-1)?.atMs).toBe(99 * 1080);
  });

  it('sends a burst to 100 chats at about 30 per second overall', () => {
    const pacer = new Pacer<string>();
    for (let i = 0; i < 100; i += 1) pacer.enqueue(`chat-${i}`, `m${i}`);
    const sent = simulate(pacer, { latencyMs: 120 });
    expect(sent).toHaveLength(100);
    expect(sent.map((s) => s.item)).toEqual(Array.from({ length: 100 }, (_, i) => `m${i}`));
    expect(
      maxInAnyWindow(
        sent.map((s) => s.atMs),
        1000,
      ),
    ).toBeLessThanOrEqual(30);
    // Not slower than the limit requires: 30 a second, each second counted from answers 120 ms after their sends.
    expect(sent.at(-1)?.atMs).toBeLessThanOrEqual(3 * 1120 + 9 * 34);
  });

  it('keeps both limits where Telegram counts, whatever each request takes to get there', () => {
    const pacer = new Pacer<string>();
    for (let i = 0; i < 300; i += 1) pacer.enqueue(`chat-${i % 150}`, `m${i}`);
    // Every seventh request is slow: it may reach Telegram just before its answer, and the next ones at once.
    const sent = simulate(pacer, { latencyMs: (i) => (i % 7 === 0 ? 400 : 5) });
    expect(sent).toHaveLength(300);
    const worstArrivals = sent.map((s, i) => (i % 7 === 0 ? s.answeredAtMs : s.atMs)).sort((a, b) => a - b);
    expect(maxInAnyWindow(worstArrivals, 1000)).toBeLessThanOrEqual(30);
    for (let c = 0; c < 150; c += 1) {
      const [first, second] = sent.filter((s) => s.chatId === `chat-${c}`);
      expect(second!.atMs - first!.answeredAtMs).toBeGreaterThanOrEqual(1000);
    }
    // Still close to the cap: 300 messages in little more than 10 s.
    expect(sent.at(-1)!.atMs).toBeLessThan(11_500);
  });

  it('does not make another chat wait behind a long queue', () => {
    const pacer = new Pacer<string>();
    for (let i = 0; i < 100; i += 1) pacer.enqueue('busy', `busy-${i}`);
    expect(pacer.next(0)).toMatchObject({ kind: 'send', item: 'busy-0' });
    pacer.done('busy', 0);
    pacer.enqueue('other', 'hello');
    expect(pacer.next(10)).toEqual({ kind: 'wait', untilMs: 34 });
    expect(pacer.next(34)).toEqual({ kind: 'send', chatId: 'other', item: 'hello' });
  });

  it('keeps a chat waiting a second after its last message even when its queue had emptied', () => {
    const pacer = new Pacer<string>();
    pacer.enqueue('chat-1', 'first');
    expect(pacer.next(0)).toMatchObject({ kind: 'send' });
    pacer.done('chat-1', 50);
    expect(pacer.next(100)).toEqual({ kind: 'idle' });
    pacer.enqueue('chat-1', 'second');
    expect(pacer.next(200)).toEqual({ kind: 'wait', untilMs: 1050 });
    expect(pacer.next(1050)).toMatchObject({ kind: 'send', item: 'second' });
  });

  it('never has two messages of one chat in flight at once', () => {
    const pacer = new Pacer<string>();
    pacer.enqueue('chat-1', 'a');
    pacer.enqueue('chat-1', 'b');
    expect(pacer.next(0)).toMatchObject({ kind: 'send', item: 'a' });
    // 'a' is still in flight a second and a half later: 'b' waits for its answer, then a second more.
    expect(pacer.next(1500)).toEqual({ kind: 'idle' });
    pacer.done('chat-1', 1500);
    expect(pacer.next(1500)).toEqual({ kind: 'wait', untilMs: 2500 });
    expect(pacer.next(2500)).toMatchObject({ kind: 'send', item: 'b' });
  });

  it('on a 429 with retry_after 2 holds the whole queue, then resends the same message first', () => {
    const pacer = new Pacer<string>();
    for (let i = 0; i < 5; i += 1) pacer.enqueue(`chat-${i}`, `m${i}`);
    const sent = simulate(pacer, {
      latencyMs: 50,
      rateLimited: (s, attempt) => (s.item === 'm1' && attempt === 1 ? 2000 : undefined),
    });
    expect(sent.map((s) => s.item)).toEqual(['m0', 'm1', 'm2', 'm1', 'm3', 'm4']);
    const limitedAt = sent[1]?.atMs ?? 0;
    const answeredAt = limitedAt + 50;
    // m2 was already on its way before the 429 came back; nothing else leaves for 2 s.
    expect(sent[3]?.atMs).toBe(answeredAt + 2000);
    expect(sent.slice(3).every((s) => s.atMs >= answeredAt + 2000)).toBe(true);
  });

  it('hands back what is still waiting when shutting down, not what is in flight', () => {
    const pacer = new Pacer<string>();
    pacer.enqueue('chat-1', 'a');
    pacer.enqueue('chat-1', 'b');
    pacer.enqueue('chat-2', 'c');
    pacer.next(0);
    expect(pacer.takeWaiting().sort()).toEqual(['b', 'c']);
    expect(pacer.size).toBe(1);
  });
});
