/**
 * The clients of `npm run bench:e2e`: invited and linked as `/start CODE` does, a warm-up round,
 * then rules-path messages at a fixed rate, each timed from its webhook post to the reply that
 * reached its chat.
 */
import { createInvite } from '../../src/domain/access/invites.js';
import type { PrismaClient } from '../../src/infra/db/types.js';
import type { Delivery, EmulatedUser, TelegramEmulator } from '../../test/support/telegram-emulator.js';

/** Rules-path messages a small business sends; each gets exactly one answer. */
export function messageFor(round: number, client: number): { kind: string; text: string } {
  const hour = 8 + ((round + client) % 10);
  const minutes = (round + client) % 2 === 0 ? '00' : '30';
  const day = ['lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì'][(round + client) % 5];
  const pick = [
    { kind: 'reminder', text: `Ricordami ${day} alle ${hour}:${minutes} di chiamare il fornitore ${client}` },
    { kind: 'agenda', text: 'cosa ho domani?' },
    { kind: 'booking', text: `Prenota il dentista ${day} alle ${hour}:${minutes}` },
    { kind: 'reminder', text: `Remind me tomorrow at ${hour}:${minutes} to send the invoice ${round}` },
    { kind: 'agenda', text: 'what do I have this week?' },
  ];
  return pick[(round + client) % pick.length]!;
}

/**
 * Telegram posts an update again while the webhook does not answer 200 (Delego answers 503 when
 * PostgreSQL made it wait too long): up to three times here, a second apart. Returns the refusals.
 */
async function deliver(send: () => Promise<Delivery>): Promise<number> {
  for (let refusals = 0; ; refusals++) {
    const status = await send().then(
      (delivery) => delivery.webhookStatus,
      () => undefined,
    );
    if (status === 200 || refusals === 2) return status === 200 ? refusals : refusals + 1;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}

/** Invites and links `count` clients, then one warm-up message of each kind per client (not measured). */
export async function linkClients(prisma: PrismaClient, emulator: TelegramEmulator, count: number) {
  const users: EmulatedUser[] = [];
  for (let i = 0; i < count; i++) {
    const client = await prisma.client.create({
      data: { name: `Bench client ${i}`, lang: i % 3 === 2 ? 'en' : 'it', tz: 'Europe/Rome' },
    });
    const invite = await createInvite(prisma, client.id, new Date());
    const user = emulator.user({ userId: 10_000 + i, languageCode: i % 3 === 2 ? 'en' : 'it' });
    await deliver(() => user.sendCommand(`/start ${invite.code}`));
    users.push(user);
  }
  for (const user of users) await user.waitForReplies(1, 60_000);
  // The measured run then sees the processes as they serve in production (code compiled and
  // optimized, pools and caches filled).
  for (let round = 0; round < 3; round++) {
    await Promise.all(users.map((user, i) => deliver(() => user.sendText(messageFor(round, i).text))));
    for (const user of users) await user.waitForReplies(1, 60_000);
  }
  return users;
}

export interface Sent {
  chatId: number;
  atMs: number;
  kind: string;
}

/** Posts `rate` messages a second for `durationS`, round robin over the users. */
export async function sendLoad(users: EmulatedUser[], rate: number, durationS: number, during: () => void) {
  const total = Math.round(rate * durationS);
  const sent: Sent[] = [];
  const posts: Promise<unknown>[] = [];
  let webhookErrors = 0;
  // refused three times: not posted again here, where Telegram would go on trying
  let givenUp = 0;
  const startMs = Date.now();
  for (let i = 0; i < total; i++) {
    const waitMs = startMs + (i * 1000) / rate - Date.now();
    if (waitMs > 0) await new Promise((resolve) => setTimeout(resolve, waitMs));
    during();
    const user = users[i % users.length]!;
    const message = messageFor(Math.floor(i / users.length), i % users.length);
    sent.push({ chatId: user.chatId, atMs: Date.now(), kind: message.kind });
    posts.push(
      deliver(() => user.sendText(message.text)).then((refusals) => {
        webhookErrors += refusals;
        givenUp += refusals === 3 ? 1 : 0;
      }),
    );
  }
  const sendSeconds = (Date.now() - startMs) / 1000;
  await Promise.all(posts);
  return { sent, startMs, sendSeconds, webhookErrors, givenUp };
}

export interface Answers {
  latencies: number[];
  byKind: Map<string, number[]>;
  apiErrors: number;
  /** replies to a chat beyond the messages it sent */
  duplicates: number;
  lastReplyMs: number;
}

/**
 * Each chat's replies answer its messages in order (a chat sends its next one a second or more
 * later). Waits up to `timeoutMs` for every reply, then `settleMs` more for late duplicates.
 */
export async function matchReplies(
  emulator: TelegramEmulator,
  load: { sent: Sent[]; startMs: number; firstCall: number },
  waits: { timeoutMs: number; settleMs: number },
): Promise<Answers> {
  const answers: Answers = { latencies: [], byKind: new Map(), apiErrors: 0, duplicates: 0, lastReplyMs: load.startMs };
  const pending = new Map<string, Sent[]>();
  for (const s of load.sent) pending.set(String(s.chatId), [...(pending.get(String(s.chatId)) ?? []), s]);
  let scanned = load.firstCall;
  const scan = () => {
    for (; scanned < emulator.calls.length; scanned++) {
      const call = emulator.calls[scanned]!;
      if (call.method !== 'sendMessage' && call.method !== 'sendDocument') continue;
      const queue = pending.get(String(call.body.chat_id));
      if (queue === undefined) continue; // a reminder's chat
      if (call.status !== 0 && call.status !== 200) answers.apiErrors += 1;
      const message = queue[0];
      if (message === undefined || message.atMs > call.atMs) {
        answers.duplicates += 1;
        continue;
      }
      queue.shift();
      answers.latencies.push(call.atMs - message.atMs);
      answers.byKind.set(message.kind, [...(answers.byKind.get(message.kind) ?? []), call.atMs - message.atMs]);
      answers.lastReplyMs = Math.max(answers.lastReplyMs, call.atMs);
    }
  };
  const deadline = Date.now() + waits.timeoutMs;
  while (answers.latencies.length < load.sent.length && Date.now() < deadline) {
    scan();
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  await new Promise((resolve) => setTimeout(resolve, waits.settleMs));
  scan();
  return answers;
}
