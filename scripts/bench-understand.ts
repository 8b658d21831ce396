import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { understandRules } from '../src/understanding/rules.js';
import { labelledExampleSchema } from '../src/understanding/scoring.js';
import type { UnderstandingContext } from '../src/understanding/contract.js';

/**
 * Throughput and latency of the rule-based understanding on one core: the labelled set's
 * messages, over and over (warm-up first, then at least 20,000 timed messages).
 * Usage: npm run bench:understand [-- path/to/set.jsonl [messages]]
 */
const repoRoot = resolve(fileURLToPath(new URL('..', import.meta.url)));
const path = resolve(repoRoot, process.argv[2] ?? '../shared/eval/dev.jsonl');
const measured = Math.max(20_000, Number(process.argv[3] ?? 0) || 0);
const WARM_UP = 5_000;

const inputs: { text: string; ctx: UnderstandingContext }[] = readFileSync(path, 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => labelledExampleSchema.parse(JSON.parse(line)))
  .map((e) => ({ text: e.text, ctx: { now: new Date(e.now), tz: e.tz, lang: e.lang } }));
if (inputs.length === 0) throw new Error(`${path} has no messages`);

const run = (i: number): void => {
  const input = inputs[i % inputs.length];
  if (input !== undefined) understandRules(input.text, input.ctx);
};

for (let i = 0; i < WARM_UP; i++) run(i);

const latencies = new Float64Array(measured);
const cpuBefore = process.cpuUsage();
const started = process.hrtime.bigint();
for (let i = 0; i < measured; i++) {
  const t0 = process.hrtime.bigint();
  run(i);
  latencies[i] = Number(process.hrtime.bigint() - t0) / 1e6;
}
const elapsedMs = Number(process.hrtime.bigint() - started) / 1e6;
const cpu = process.cpuUsage(cpuBefore);
latencies.sort();
const percentile = (p: number): number =>
  latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))] ?? NaN;

console.log(`understandRules on ${inputs.length} distinct messages from ${path}`);
console.log(`messages: ${measured} (after ${WARM_UP} warm-up)`);
console.log(`throughput: ${Math.round((measured / elapsedMs) * 1000)} msg/s`);
console.log(
  `latency: p50 ${percentile(0.5).toFixed(3)} ms, p99 ${percentile(0.99).toFixed(3)} ms, max ${percentile(1).toFixed(3)} ms`,
);
// Wall-clock figures include time the process waited for a core; CPU time per message does not.
console.log(
  `cpu time: ${((cpu.user + cpu.system) / measured / 1000).toFixed(3)} ms/msg (wall ${(elapsedMs / measured).toFixed(3)} ms/msg)`,
);
