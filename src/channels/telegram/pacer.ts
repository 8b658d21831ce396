/**
 * Pure scheduling for outbound messages, with time passed in. Telegram asks bots to send at
 * most about one message per second to a chat and about 30 per second overall, and answers
 * 429 with `retry_after` beyond that. Messages of one chat go out in order, one at a time;
 * chats take turns in the order their waiting messages were queued.
 */
export interface PacingOptions {
  /** minimum time between the starts of two sends to the same chat */
  perChatIntervalMs: number;
  /** minimum time between the starts of any two sends */
  globalIntervalMs: number;
}

export const telegramPacing: PacingOptions = { perChatIntervalMs: 1000, globalIntervalMs: 34 };

export type PacerDecision<T> =
  | { kind: 'send'; chatId: string; item: T }
  | { kind: 'wait'; untilMs: number }
  /** nothing can go out until something is queued or a send in flight finishes */
  | { kind: 'idle' };

interface ChatLane<T> {
  queue: { seq: number; item: T }[];
  notBeforeMs: number;
  inFlight: boolean;
}

export class Pacer<T> {
  private readonly lanes = new Map<string, ChatLane<T>>();
  private globalNotBeforeMs = Number.NEGATIVE_INFINITY;
  private seq = 0;

  constructor(private readonly options: PacingOptions = telegramPacing) {}

  /** messages queued or in flight */
  get size(): number {
    let size = 0;
    for (const lane of this.lanes.values()) size += lane.queue.length;
    return size;
  }

  enqueue(chatId: string, item: T): void {
    let lane = this.lanes.get(chatId);
    if (!lane) {
      lane = { queue: [], notBeforeMs: Number.NEGATIVE_INFINITY, inFlight: false };
      this.lanes.set(chatId, lane);
    }
    lane.queue.push({ seq: this.seq++, item });
  }

  /** What to do at `nowMs`. A `send` marks the chat busy until `done` or `retryAt`. */
  next(nowMs: number): PacerDecision<T> {
    let ready: { chatId: string; lane: ChatLane<T>; head: { seq: number; item: T } } | undefined;
    let earliestMs = Number.POSITIVE_INFINITY;
    for (const [chatId, lane] of this.lanes) {
      const head = lane.queue[0];
      if (!head) {
        // An idle chat is forgotten once its interval has passed: nothing left to enforce.
        if (!lane.inFlight && lane.notBeforeMs <= nowMs) this.lanes.delete(chatId);
        continue;
      }
      if (lane.inFlight) continue;
      if (lane.notBeforeMs > nowMs) earliestMs = Math.min(earliestMs, lane.notBeforeMs);
      else if (!ready || head.seq < ready.head.seq) ready = { chatId, lane, head };
    }
    if (!ready)
      return earliestMs === Number.POSITIVE_INFINITY
        ? { kind: 'idle' }
        : { kind: 'wait', untilMs: Math.max(earliestMs, this.globalNotBeforeMs) };
    if (this.globalNotBeforeMs > nowMs) return { kind: 'wait', untilMs: this.globalNotBeforeMs };

    ready.lane.inFlight = true;
    ready.lane.notBeforeMs = nowMs + this.options.perChatIntervalMs;
    this.globalNotBeforeMs = nowMs + this.options.globalIntervalMs;
    return { kind: 'send', chatId: ready.chatId, item: ready.head.item };
  }

  /** The message at the head of the chat went out (or failed for good): move on. */
  done(chatId: string): void {
    const lane = this.lanes.get(chatId);
    if (!lane) return;
    lane.queue.shift();
    lane.inFlight = false;
  }

  /**
   * Telegram said "too many requests": the same message goes again, first in its chat, and
   * nothing at all goes out before `untilMs` (a 429 does not say which limit was hit).
   */
  retryAt(chatId: string, untilMs: number): void {
    const lane = this.lanes.get(chatId);
    if (lane) {
      lane.inFlight = false;
      lane.notBeforeMs = Math.max(lane.notBeforeMs, untilMs);
    }
    this.globalNotBeforeMs = Math.max(this.globalNotBeforeMs, untilMs);
  }

  /** Removes and returns every message not yet in flight (used when shutting down). */
  takeWaiting(): T[] {
    const waiting: T[] = [];
    for (const lane of this.lanes.values()) {
      const keep = lane.inFlight ? lane.queue.slice(0, 1) : [];
      waiting.push(...lane.queue.slice(keep.length).map((entry) => entry.item));
      lane.queue = keep;
    }
    return waiting;
  }
}
