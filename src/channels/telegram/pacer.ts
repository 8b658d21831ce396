/**
 * Pure scheduling for outbound messages, with time passed in. Telegram asks bots to send at
 * most about one message per second to a chat and about 30 per second overall, and answers
 * 429 with `retry_after` beyond that. Messages of one chat go out in order, one at a time;
 * chats take turns in the order their waiting messages were queued.
 *
 * Telegram counts a message when it arrives, which is somewhere between our send and its
 * answer: spacing sends by their starts alone lets a slow request and a fast one behind it
 * arrive closer than the limits allow (a 429, and every chat of the bot held for retry_after).
 * So the limits are kept against answers: a chat's next message leaves a second after the
 * previous one was answered, and a message leaves only when fewer than `maxPerSecond` sends are
 * in flight or were answered within the last second. Whatever the network's jitter, no second
 * at Telegram's end then holds more than the limits.
 */
export interface PacingOptions {
  /** minimum time between a chat's message being answered and the start of its next one */
  perChatIntervalMs: number;
  /** minimum time between the starts of any two sends (keeps the rate even) */
  globalIntervalMs: number;
  /** at most this many messages reach Telegram in any second (absent: no such limit) */
  maxPerSecond?: number;
}

export const telegramPacing: PacingOptions = { perChatIntervalMs: 1000, globalIntervalMs: 34, maxPerSecond: 30 };

export type PacerDecision<T> =
  | { kind: 'send'; chatId: string; item: T }
  | { kind: 'wait'; untilMs: number }
  /** nothing can go out until something is queued or a send in flight finishes */
  | { kind: 'idle' };

/** A send in flight (no answer yet) or answered at `answeredMs`. */
interface SendRecord {
  answeredMs?: number;
}

interface ChatLane<T> {
  queue: { seq: number; item: T }[];
  notBeforeMs: number;
  /** the send of the head message, while it is in flight */
  inFlight: SendRecord | undefined;
}

type Ready<T> = { chatId: string; lane: ChatLane<T>; head: { seq: number; item: T } };

const windowMs = 1000;

export class Pacer<T> {
  private readonly lanes = new Map<string, ChatLane<T>>();
  /** sends in flight or answered within the last second, oldest first */
  private recent: SendRecord[] = [];
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
      lane = { queue: [], notBeforeMs: Number.NEGATIVE_INFINITY, inFlight: undefined };
      this.lanes.set(chatId, lane);
    }
    lane.queue.push({ seq: this.seq++, item });
  }

  /** What to do at `nowMs`. A `send` marks the chat busy until `done` or `retryAt`. */
  next(nowMs: number): PacerDecision<T> {
    const { ready, earliestMs } = this.readyLane(nowMs);
    const botFreeMs = this.botFreeAtMs(nowMs);
    const untilMs = Math.max(ready ? nowMs : earliestMs, botFreeMs);
    if (untilMs === Number.POSITIVE_INFINITY) return { kind: 'idle' };
    if (!ready || untilMs > nowMs) return { kind: 'wait', untilMs };

    const record: SendRecord = {};
    this.recent.push(record);
    ready.lane.inFlight = record;
    this.globalNotBeforeMs = nowMs + this.options.globalIntervalMs;
    return { kind: 'send', chatId: ready.chatId, item: ready.head.item };
  }

  /** The message at the head of the chat was answered at `nowMs` (or failed for good): move on. */
  done(chatId: string, nowMs: number): void {
    const lane = this.lanes.get(chatId);
    if (!lane) return;
    lane.queue.shift();
    this.answered(lane, nowMs);
    lane.notBeforeMs = Math.max(lane.notBeforeMs, nowMs + this.options.perChatIntervalMs);
  }

  /**
   * Telegram said "too many requests" at `nowMs`: the same message goes again, first in its
   * chat, and nothing at all goes out before `untilMs` (a 429 does not say which limit was hit).
   */
  retryAt(chatId: string, untilMs: number, nowMs: number): void {
    const lane = this.lanes.get(chatId);
    if (lane) {
      this.answered(lane, nowMs);
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

  private answered(lane: ChatLane<T>, nowMs: number): void {
    if (lane.inFlight) lane.inFlight.answeredMs = nowMs;
    lane.inFlight = undefined;
  }

  /** The chat whose head message was queued first among those free to send now, else when the next one will be. */
  private readyLane(nowMs: number): { ready: Ready<T> | undefined; earliestMs: number } {
    let ready: Ready<T> | undefined;
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
    return { ready, earliestMs };
  }

  /** When the bot-wide limits let the next message go: infinity while only an answer can free a place. */
  private botFreeAtMs(nowMs: number): number {
    const max = this.options.maxPerSecond;
    this.recent = this.recent.filter((r) => r.answeredMs === undefined || r.answeredMs > nowMs - windowMs);
    if (max === undefined || this.recent.length < max) return this.globalNotBeforeMs;
    const answers = this.recent.flatMap((r) => (r.answeredMs === undefined ? [] : [r.answeredMs]));
    const freeAtMs = answers.length > 0 ? Math.min(...answers) + windowMs : Number.POSITIVE_INFINITY;
    return Math.max(this.globalNotBeforeMs, freeAtMs);
  }
}
