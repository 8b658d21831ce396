/** What `npm run bench:e2e` prints: latencies, errors, counts and CPU per message, reminders. */
import { loadavg } from 'node:os';
import type { Answers } from './load.js';
import type { ReminderCount } from './reminders.js';
import type { ProcessStats } from './serve.js';

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const ms = (value: number) => `${Math.round(value)} ms`;
export const loadAverage = () =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');

/** What one process did between two snapshots. */
export interface ProcessDelta {
  role: string;
  cpuMs: number;
  pgStatements: number;
  redisCommands: number;
  statements: Map<string, number>;
}

export function delta(before: ProcessStats | undefined, after: ProcessStats, role: string): ProcessDelta {
  const statements = new Map<string, number>();
  for (const [text, n] of Object.entries(after.statements)) statements.set(text, n - (before?.statements[text] ?? 0));
  return {
    role,
    cpuMs: after.cpuMs - (before?.cpuMs ?? 0),
    pgStatements: after.pgStatements - (before?.pgStatements ?? 0),
    redisCommands: after.redisCommands - (before?.redisCommands ?? 0),
    statements,
  };
}

export function latencyLines(load: { sent: number; sendSeconds: number; startMs: number }, answers: Answers) {
  const sorted = [...answers.latencies].sort((a, b) => a - b);
  const achieved = answers.latencies.length / ((answers.lastReplyMs - load.startMs) / 1000);
  return [
    `messages sent: ${load.sent} in ${load.sendSeconds.toFixed(1)} s (${(load.sent / load.sendSeconds).toFixed(1)} msg/s offered)`,
    `answered: ${answers.latencies.length} (${achieved.toFixed(1)} msg/s achieved)`,
    `latency p50 ${ms(percentile(sorted, 50))}  p90 ${ms(percentile(sorted, 90))}  p99 ${ms(percentile(sorted, 99))}  max ${ms(sorted.at(-1) ?? Number.NaN)}`,
    ...[...answers.byKind].map(([kind, values]) => {
      const ordered = [...values].sort((a, b) => a - b);
      return `  ${kind}: ${ordered.length} messages, p50 ${ms(percentile(ordered, 50))}  p99 ${ms(percentile(ordered, 99))}`;
    }),
  ];
}

/** CPU, statements and commands per process and, for the web processes, per answered message. */
export function costLines(processes: ProcessDelta[], answered: number, phaseS: number, benchCpuMs: number) {
  const per = (n: number) => (n / Math.max(1, answered)).toFixed(2);
  const web = processes.filter((p) => p.role === 'web');
  const sum = (items: ProcessDelta[], key: 'cpuMs' | 'pgStatements' | 'redisCommands') =>
    items.reduce((total, p) => total + p[key], 0);
  return [
    ...processes.map(
      (p) =>
        `  ${p.role.padEnd(6)} CPU ${Math.round(p.cpuMs)} ms (${(p.cpuMs / 10 / phaseS) | 0}% of a core), ` +
        `${p.pgStatements} statements, ${p.redisCommands} Redis commands`,
    ),
    `  bench process (emulator, balancer, clients) CPU ${Math.round(benchCpuMs)} ms`,
    `per answered message (web processes): CPU ${per(sum(web, 'cpuMs'))} ms, ${per(sum(web, 'pgStatements'))} statements, ` +
      `${per(sum(web, 'redisCommands'))} Redis commands`,
  ];
}

/** The statements the web processes ran most, per answered message. */
export function statementLines(processes: ProcessDelta[], answered: number, top = 20) {
  const totals = new Map<string, number>();
  for (const p of processes.filter((p) => p.role === 'web'))
    for (const [text, n] of p.statements) totals.set(text, (totals.get(text) ?? 0) + n);
  return [...totals]
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([text, n]) => `  ${(n / Math.max(1, answered)).toFixed(2)}  ${text}`);
}

export function reminderLines(count: ReminderCount, total: number) {
  const late = count.latenessMs;
  return [
    `reminders: ${total} due during the run, delivered once ${count.once}, duplicates ${count.duplicates}, lost ${count.lost}`,
    `  lateness (due to arrival) p50 ${ms(percentile(late, 50))}  p99 ${ms(percentile(late, 99))}  max ${ms(late.at(-1) ?? Number.NaN)}`,
  ];
}
