/**
 * What `npm run bench:reminders` creates: when each reminder falls due (as an offset from the
 * run's start) and whose it is. The steady part is spread over the given minutes and goes to
 * web chat clients (ten reminders each), which no platform limits, so it measures the
 * scheduler and the workers alone. Each burst falls due within one minute and goes to Telegram
 * clients, one reminder each except a few chats that get several at the same instant (Telegram's
 * one message a second per chat); bursts start after the steady part, each once the previous
 * one had time to drain at Telegram's 30 messages a second.
 */
export type BenchChannel = 'web' | 'telegram';

export interface PlannedReminder {
  /** also in the reminder's text, so a delivered message names its reminder */
  index: number;
  offsetMs: number;
  channel: BenchChannel;
  /** index among the clients of its channel */
  client: number;
  /** which burst, for Telegram reminders */
  burst?: number;
}

export interface Plan {
  reminders: PlannedReminder[];
  webClients: number;
  telegramClients: number;
  burstStartsMs: number[];
  /** the last instant anything falls due */
  endMs: number;
}

export interface PlanOptions {
  count: number;
  spreadMinutes: number;
  bursts: number;
  burstSize: number;
  /** messages a second Telegram takes from one bot */
  capPerSecond: number;
}

const remindersPerWebClient = 10;
/** chats that get several reminders at one instant in each burst, and how many each */
export const repeatChats = 10;
export const repeatsPerChat = 5;

/** A small seeded generator: the same plan on every run. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function burstReminders(
  burst: number,
  startMs: number,
  size: number,
  random: () => number,
): Omit<PlannedReminder, 'index'>[] {
  const repeated = repeatChats * repeatsPerChat;
  const singles = Math.max(0, size - repeated);
  const out: Omit<PlannedReminder, 'index'>[] = [];
  for (let i = 0; i < singles; i++)
    out.push({
      offsetMs: startMs + Math.floor(random() * 60_000),
      channel: 'telegram',
      client: repeatChats + i,
      burst,
    });
  for (let chat = 0; chat < repeatChats && size >= repeated; chat++) {
    const offsetMs = startMs + Math.floor(random() * 60_000);
    for (let k = 0; k < repeatsPerChat; k++) out.push({ offsetMs, channel: 'telegram', client: chat, burst });
  }
  return out;
}

export function makePlan(options: PlanOptions): Plan {
  const random = seededRandom(20);
  const steady = options.count - options.bursts * options.burstSize;
  const spreadMs = options.spreadMinutes * 60_000;
  const webClients = Math.max(1, Math.ceil(steady / remindersPerWebClient));
  const planned: Omit<PlannedReminder, 'index'>[] = [];
  for (let i = 0; i < steady; i++)
    planned.push({
      offsetMs: Math.floor(((i + random()) * spreadMs) / steady),
      channel: 'web',
      client: i % webClients,
    });
  // A burst's minute, then its drain at the cap, then half a minute of quiet before the next.
  const drainMs = Math.ceil((options.burstSize / options.capPerSecond) * 1000);
  const burstStartsMs = Array.from({ length: options.bursts }, (_, b) => spreadMs + b * (60_000 + drainMs + 30_000));
  burstStartsMs.forEach((startMs, b) => planned.push(...burstReminders(b, startMs, options.burstSize, random)));
  const reminders = planned.map((reminder, index) => ({ ...reminder, index }));
  return {
    reminders,
    webClients,
    telegramClients:
      options.bursts > 0 ? repeatChats + Math.max(0, options.burstSize - repeatChats * repeatsPerChat) : 0,
    burstStartsMs,
    endMs: reminders.reduce((end, r) => Math.max(end, r.offsetMs), 0),
  };
}
